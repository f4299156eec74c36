/**
 * E-mail intake: reads the desk's mailbox, turns each new mail into a ticket, joins customers' replies to theirs.
 */
package local.servicedesk.mailin;
