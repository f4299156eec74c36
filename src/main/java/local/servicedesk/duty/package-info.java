/**
 * The monitoring group's duty roster (四班二运转): who is on duty at any instant, this week's roster, and the
 * emergency seat's tasks handed from one information duty officer to the next at each shift change.
 */
package local.servicedesk.duty;
