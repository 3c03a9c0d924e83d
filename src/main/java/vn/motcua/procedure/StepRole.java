package vn.motcua.procedure;

import java.util.regex.Pattern;

/**
 * Who performs a step of an internal process, as the province data names its groups' roles
 * ({@code province/<id>/province.json}, docs/province.md): the receiving desk, the case handler, the head of the
 * resolving division, the signer, the desk that returns the result, a partner agency (liên thông).
 */
public enum StepRole {
    INTAKE, HANDLER, HEAD, SIGNER, RETURN, PARTNER;

    /**
     * What a PARTNER step names as its unit: a partner role of the routing table {@code co-quan-phoi-hop} (THUE,
     * CONG_AN, UBND_XA…), from which the routing finds the partner unit and group of the resolving agency at run
     * time; not a unit of the province file.
     */
    public static final Pattern PARTNER_ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
}
