package local.servicedesk.support;

/**
 * The desk started for an integration test: which database it runs on and what is unique to its Spring context.
 *
 * <p>The engine is not named {@code default}, so Camunda's REST API and webapps must be addressed with its name.
 */
public record TestDesk(TestDatabase database, String engineName, String jdbcUrl, int smtpPort, int imapPort) {

    /** Path of Camunda's REST API for this desk's engine, for example {@code /engine-rest/engine/desk_it_1}. */
    public String engineRestPath() {
        return "/engine-rest/engine/" + engineName;
    }

    /** Path of Tasklist for this desk's engine. */
    public String tasklistPath() {
        return "/camunda/app/tasklist/" + engineName + "/";
    }
}
