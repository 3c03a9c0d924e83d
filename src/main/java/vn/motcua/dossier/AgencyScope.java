package vn.motcua.dossier;

import java.util.Collection;
import java.util.Set;

/**
 * The agencies whose dossiers a user may see and change: the agencies of the user's tenants, or all of them for an
 * administrator. Outside it the API answers 404, as for a code that does not exist.
 *
 * @param all   true for an administrator (every agency)
 * @param codes the agencies' identifier codes when not {@code all}
 */
public record AgencyScope(boolean all, Set<String> codes) {

    public static final AgencyScope ALL = new AgencyScope(true, Set.of());
    public static final AgencyScope NONE = new AgencyScope(false, Set.of());

    public AgencyScope {
        codes = Set.copyOf(codes);
    }

    public static AgencyScope of(Collection<String> codes) {
        return new AgencyScope(false, Set.copyOf(codes));
    }

    public boolean includes(String agencyCode) {
        return all || (agencyCode != null && codes.contains(agencyCode));
    }
}
