/**
 * Transactional outbox toward the provincial integration platform (LGSP) and the national public-service portal.
 */
package vn.motcua.integration;
