/**
 * Wiring only: Motcua's settings, the province's zone and wall clock, and the demo one-stop shop of the
 * embedded default. (Two engine plugins live here until issue 10.2 moves them into {@code vn.motcua.engine}.)
 */
package vn.motcua.system;
