/**
 * Instant messaging: a signed webhook whose messages open tickets or follow up the open ticket of their conversation.
 */
package local.servicedesk.im;
