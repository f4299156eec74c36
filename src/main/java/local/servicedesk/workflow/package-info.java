/**
 * The glue between the {@code ticket} process and the desk: delegates, task listeners and the server-side checks
 * of what a seat or an engineer submits.
 */
package local.servicedesk.workflow;
