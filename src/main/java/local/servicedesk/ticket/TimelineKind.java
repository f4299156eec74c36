package local.servicedesk.ticket;

/** What a timeline entry records. */
public enum TimelineKind {
    STEP,
    MAIL_IN,
    MAIL_OUT,
    /** A message from the customer over instant messaging. */
    IM_IN,
    NOTE
}
