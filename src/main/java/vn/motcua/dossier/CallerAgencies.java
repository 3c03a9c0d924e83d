package vn.motcua.dossier;

import java.util.List;

/**
 * Who the calling user may act for: the agencies of the user's tenant memberships, as the engine knows them
 * for the current request (implemented by the process glue, {@code vn.motcua.process}). Without a user (the application itself) every agency.
 */
public interface CallerAgencies {

    AgencyScope current();

    /** The calling user's groups; empty without a user. */
    List<String> groups();
}
