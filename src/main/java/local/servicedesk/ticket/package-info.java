/**
 * The desk's own record of a ticket: its number, facts, status, who handled each step and its timeline.
 */
package local.servicedesk.ticket;
