/**
 * Intake: every channel's request is validated here, once, and becomes a ticket with its process started.
 */
package local.servicedesk.intake;
