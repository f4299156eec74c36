/**
 * The desk's working calendar: working time in Asia/Shanghai, due instants in working minutes, and its HTTP API.
 */
package local.servicedesk.calendar;
