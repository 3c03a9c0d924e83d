package vn.motcua.procedure;

/**
 * Who performs a step of an internal process, as the province data names its groups' roles
 * ({@code province/<id>/province.json}, docs/province.md): the receiving desk, the case handler, the head of the
 * resolving division, the signer, the desk that returns the result, a partner agency (liên thông).
 */
public enum StepRole {
    INTAKE, HANDLER, HEAD, SIGNER, RETURN, PARTNER
}
