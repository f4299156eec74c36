/**
 * The service catalogue: categories, companies, request types, channels, impacts and urgencies, read from YAML.
 */
package local.servicedesk.catalog;
