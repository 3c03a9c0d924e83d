/**
 * PAdES signing of result documents by signers and verification before return.
 *
 * <ul>
 * <li>Domain, plain Java: {@link vn.motcua.signature.PadesSigner} (baseline-B, baseline-T with
 * {@link vn.motcua.signature.TsaClient}), {@link vn.motcua.signature.PadesVerifier} (byte range, CMS, time
 * stamp, certificate chain) and its {@link vn.motcua.signature.VerificationReport}.</li>
 * <li>Ports: {@link vn.motcua.signature.SignerKeyProvider} / {@link vn.motcua.signature.SignerKey} for keys
 * (PKCS#12 files per user, the demo CA; PKCS#11 tokens and HSMs plug in here),
 * {@code ResultFileStore} for the bytes.</li>
 * <li>Services: {@link vn.motcua.signature.SigningService}, {@link vn.motcua.signature.SignatureVerifier},
 * {@link vn.motcua.signature.ResultSigning} (render with the procedure's template, sign, store) and
 * {@link vn.motcua.signature.SignedResults} (the {@code signed_result} register and the file store).</li>
 * <li>Ports the process glue implements: {@link vn.motcua.signature.ResultDrafts} (a draft's data);
 * the beans {@code signResult} and {@code verifyResultBeforeReturn} live in {@code vn.motcua.process}.</li>
 * <li>Web: {@code POST /api/signatures/verification}.</li>
 * </ul>
 * Operators read docs/signatures.md.
 */
package vn.motcua.signature;
