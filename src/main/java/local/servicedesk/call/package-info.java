/**
 * Phone calls as the telephony system (CTI) reports them, answered or not, and the tickets seats log for them.
 */
package local.servicedesk.call;
