/**
 * The customer portal: public pages in Chinese under {@code /portal} to submit a request with attachments and to
 * follow one's own ticket by its number and the access code given at submission.
 */
package local.servicedesk.portal;
