/**
 * The one place where domain errors become RFC 9457 problem details.
 */
package local.servicedesk.web;
