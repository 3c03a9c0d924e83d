/**
 * Attachments (outside process variables, with checksums and limits) and the legal slips rendered as PDF with Vietnamese text.
 *
 * <p>{@link vn.motcua.document.SlipRenderer} renders the slips of a slip set (Circular 01/2018/TT-VPCP, forms 01 to
 * 06; Circular 03/2025/TT-VPCP, forms 01 to 07; wording from {@code slips/*.json} through {@link vn.motcua.document.SlipSets}) from plain
 * records ({@link vn.motcua.document.SlipDossier} and friends): no entity, no engine type, so the register
 * decides when to print and where to keep the bytes. See docs/slips.md.
 *
 * <p>Result documents (kết quả giải quyết) come from a {@link vn.motcua.document.ResultTemplate} per procedure,
 * found by procedure code and result type in {@link vn.motcua.document.ResultTemplates} (a refused dossier gets the
 * refusal notice every procedure shares, {@code results/refusal-notice.json}), rendered from plain
 * {@link vn.motcua.document.ResultData}. The signature package signs them.
 */
package vn.motcua.document;
