/**
 * Outbound mail of the desk, tagged with the ticket number and sent once per delivery, and the embedded mail server
 * it runs by default.
 */
package local.servicedesk.notification;
