/**
 * Test support: the desk started for an integration test, on its own database, engine and mail ports.
 */
package local.servicedesk.support;
