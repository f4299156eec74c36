/**
 * Who may do what: HTTP Basic login against Camunda's users, the desk's groups, authorizations and Tasklist filters.
 */
package local.servicedesk.identity;
