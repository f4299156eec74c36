package local.servicedesk.portal;

/** A portal form sent without the token of the customer's session: forged by another site, or the session ended. */
class FormExpired extends RuntimeException {

    FormExpired() {
        super("portal form without a valid CSRF token");
    }
}
