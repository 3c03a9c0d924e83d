/**
 * Spring Security for the REST APIs and webapps, HTTP Basic against Camunda's identity service, engine authorizations.
 */
package vn.motcua.security;
