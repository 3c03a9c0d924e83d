package vn.motcua.process;


/**
 * Process API of the signing steps ({@code ${signResult}}, {@code ${verifyResultBeforeReturn}}): the
 * variables they read and write beyond {@link vn.motcua.process.DossierProcess}, and the BPMN error they throw.
 * The result's own fields (businessName, registrationNumber, ...) are read under the names its template
 * declares ({@link vn.motcua.document.ResultTemplate#fields()}), the same names as the form fields.
 */
public final class SignedResultProcess {

    private SignedResultProcess() {
    }

    /** Optional: who signs; when absent, the user who completed the signer's task (the engine's authenticated user). */
    public static final ProcessVariable<String> SIGNER_USER_ID = ProcessVariable.of("signerUserId", String.class);
    /** Set by {@code signResult}: id of the signed result in the register (never the bytes). */
    public static final ProcessVariable<Long> SIGNED_RESULT_ID = ProcessVariable.of("signedResultId", Long.class);
    /** Set by {@code verifyResultBeforeReturn}: VALID, INVALID, MODIFIED_AFTER_SIGNING or UNSIGNED. */
    public static final ProcessVariable<String> RESULT_VERIFICATION = ProcessVariable.of("resultVerification", String.class);
    /** Set by {@code verifyResultBeforeReturn}: the verification's reason in Vietnamese, for the return clerk's form. */
    public static final ProcessVariable<String> RESULT_VERIFICATION_REASON =
            ProcessVariable.of("resultVerificationReason", String.class);

    /** Key of the routing decision's output naming the unit that handles the dossier (and issues the result). */
    public static final String ROUTING_HANDLING_UNIT = DossierProcess.ROUTING_HANDLING_UNIT;

    /** Error code of {@code verifyResultBeforeReturn} when the result is not validly signed. */
    public static final String RESULT_NOT_VALID = "RESULT_NOT_VALID";
}
