/**
 * Wiring only: Motcua's settings, the province's zone and wall clock, and the demo one-stop shop of the
 * embedded default. The engine plugins live in {@code vn.motcua.engine}.
 */
package vn.motcua.system;
