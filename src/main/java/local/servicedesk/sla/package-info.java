/**
 * Service levels of a ticket: due instants on the wall clock (P1, P2) or in working minutes (P3, P4), the timers'
 * instants in {@code ticket.bpmn}, and the pause of the resolution clock while the desk waits for the customer.
 */
package local.servicedesk.sla;
