/**
 * Demo tickets for a desk that runs with demo data: real-looking requests in every state, channel and category.
 */
package local.servicedesk.demo;
