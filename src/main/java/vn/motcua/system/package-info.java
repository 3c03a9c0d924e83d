/**
 * Engine configuration and plugins, and the demo one-stop shop of the embedded default.
 */
package vn.motcua.system;
