package vn.motcua.signature;

import java.util.Optional;

/** Port: the full name of a user, as printed under a signature and written in a demo certificate. */
public interface SignerDirectory {

    Optional<String> fullName(String userId);
}
