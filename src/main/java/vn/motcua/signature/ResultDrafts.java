package vn.motcua.signature;

import java.util.Optional;

/**
 * Where the data of a dossier's draft result comes from: a step of the dossier's process that the calling
 * user may see, as the process glue ({@code vn.motcua.process}) reads it.
 */
public interface ResultDrafts {

    /**
     * The request for the dossier's result from a step of it the calling user may see, signed by that user;
     * empty when the user sees no step of it. Fails with {@link IllegalStateException} naming the first piece
     * of data the result still lacks.
     */
    Optional<ResultSigning.Request> fromVisibleStep(String dossierCode);
}
