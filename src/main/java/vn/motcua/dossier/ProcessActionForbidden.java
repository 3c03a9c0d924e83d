package vn.motcua.dossier;

/** The engine refused the calling user a step of a dossier's process (its authorizations). Answered 403. */
public class ProcessActionForbidden extends RuntimeException {

    public ProcessActionForbidden(String message, Throwable cause) {
        super(message, cause);
    }
}
