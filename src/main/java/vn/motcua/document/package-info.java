/**
 * Attachments (outside process variables, with checksums and limits) and the legal slips rendered as PDF with Vietnamese text.
 *
 * <p>{@link vn.motcua.document.SlipRenderer} renders forms 01 to 06 of Circular 01/2018/TT-VPCP from plain
 * records ({@link vn.motcua.document.SlipDossier} and friends): no entity, no engine type, so the register
 * decides when to print and where to keep the bytes. See docs/slips.md.
 */
package vn.motcua.document;
