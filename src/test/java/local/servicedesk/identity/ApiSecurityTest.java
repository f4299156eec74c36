package local.servicedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import local.servicedesk.ApiProbe;
import local.servicedesk.Http;
import local.servicedesk.RunningDesk;
import org.junit.jupiter.api.Test;

class ApiSecurityTest extends RunningDesk {

    private final Http http = new Http();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersApiRequestWithoutCredentialsWithProblemInChinese() throws Exception {
        HttpResponse<String> response =
                http.send(Http.request(url(ApiProbe.PATH)).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asText()).contains("服务台账号");
        assertThat(problem.path("instance").asText()).isEqualTo(ApiProbe.PATH);
    }

    @Test
    void refusesWrongPassword() throws Exception {
        // a user of its own: after a wrong password the engine makes that user wait before the next login
        HttpResponse<String> response = http.get(url(ApiProbe.PATH), "seat-biz6", "not-demo");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).path("detail").asText()).isEqualTo("用户名或密码不正确。");
    }

    @Test
    void refusesUnknownUser() {
        HttpResponse<String> response = http.get(url(ApiProbe.PATH), "nobody", "demo");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void letsDemoUserInWithCamundaGroupsAsAuthorities() throws Exception {
        HttpResponse<String> response = http.get(url(ApiProbe.PATH), "duty-a-info", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode whoAmI = json.readTree(response.body());
        assertThat(whoAmI.path("user").asText()).isEqualTo("duty-a-info");
        assertThat(whoAmI.path("authorities"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("GROUP_monitoring", "GROUP_emergency-seat");
    }

    @Test
    void keepsNoSessionForApi() {
        HttpResponse<String> response = http.get(url(ApiProbe.PATH), "seat-biz2", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void leavesCamundaWebappsToTheirOwnLogin() {
        HttpResponse<String> response = http.send(
                Http.request(url("/camunda/app/welcome/" + engineName() + "/")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(http.cookie("XSRF-TOKEN")).isNotBlank();
    }

    @Test
    void keepsWebappRequestsAwayFromSpringSecurityFirewall() {
        // the firewall would refuse the path parameter that servlet containers accept
        String path = "/camunda/app/tasklist/scripts/config.js;jsessionid=0123456789";

        HttpResponse<String> response = http.send(Http.request(url(path)).GET());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void logsSeatIntoTasklistButNotCockpit() throws Exception {
        http.send(
                Http.request(url("/camunda/app/tasklist/" + engineName() + "/")).GET());
        String token = http.cookie("XSRF-TOKEN");

        HttpResponse<String> response = http.send(webappLogin("seat-biz3", "demo", token));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode login = json.readTree(response.body());
        assertThat(login.path("userId").asText()).isEqualTo("seat-biz3");
        assertThat(login.path("authorizedApps"))
                .extracting(JsonNode::asText)
                .contains("tasklist")
                .doesNotContain("cockpit", "admin");
    }

    @Test
    void refusesWebappLoginWithoutCsrfToken() {
        http.send(
                Http.request(url("/camunda/app/tasklist/" + engineName() + "/")).GET());

        HttpResponse<String> response = http.send(webappLogin("seat-biz4", "demo", null));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private HttpRequest.Builder webappLogin(String user, String password, String csrfToken) {
        HttpRequest.Builder request = Http.request(
                        url("/camunda/api/admin/auth/user/" + engineName() + "/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", url(""))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password));
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return request;
    }
}
