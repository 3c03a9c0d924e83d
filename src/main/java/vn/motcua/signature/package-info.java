/**
 * PAdES signing of result documents by signers and verification before return.
 */
package vn.motcua.signature;
