package vn.motcua.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's certification authority: a self-signed CA and one signer certificate per user, all made at run
 * time under {@code demoDir} as PKCS#12 files ({@code demo-ca.p12}, {@code signers/<userId>.p12}) and kept
 * across restarts. For the embedded demo only: the keys sit on disk behind a known password.
 */
class DemoCertificateAuthority {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificateAuthority.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String CA_NAME = "Motcua Demo CA";

    private final Path dir;
    private final char[] password;
    private final Clock clock;
    private JcaSignerKey ca;

    DemoCertificateAuthority(Path dir, String password, Clock clock) {
        this.dir = dir;
        this.password = password.toCharArray();
        this.clock = clock;
    }

    /** The CA, loaded from its file or created on first use. */
    synchronized JcaSignerKey ca() {
        if (ca == null) {
            Path file = dir.resolve("demo-ca.p12");
            if (!Files.exists(file)) {
                Instant now = clock.instant();
                KeyPair keys = Certificates.rsaKeyPair();
                X509Certificate certificate = Certificates.issue(Certificates.name(CA_NAME, "Motcua (demo, not for real use)"),
                        keys.getPublic(), null, keys.getPrivate(), now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(3650)), Certificates.Kind.CA);
                Keystores.savePkcs12(file, "ca", keys.getPrivate(), List.of(certificate), password);
                log.info("Demo CA created in {}", file.toAbsolutePath());
            }
            ca = Keystores.key(Keystores.load(file, "PKCS12", password), "ca", password, file);
        }
        return ca;
    }

    X509Certificate caCertificate() {
        return ca().certificate();
    }

    /** Whether the user already has a demo certificate. */
    boolean has(String userId) {
        return SAFE_ID.matcher(userId).matches() && Files.exists(file(userId));
    }

    /** The user's demo key; made on first use with the full name as common name. */
    synchronized JcaSignerKey signer(String userId, Optional<String> fullName) {
        if (!SAFE_ID.matcher(userId).matches()) {
            throw new SigningException("Mã người dùng không hợp lệ cho chứng thư số thử nghiệm: " + userId);
        }
        Path file = file(userId);
        if (!Files.exists(file)) {
            JcaSignerKey authority = ca();
            Instant now = clock.instant();
            KeyPair keys = Certificates.rsaKeyPair();
            X509Certificate certificate = Certificates.issue(Certificates.name(fullName.orElse(userId),
                    "Motcua (demo, not for real use)"), keys.getPublic(), authority.certificate(),
                    authority.privateKey(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(730)),
                    Certificates.Kind.SIGNER);
            Keystores.savePkcs12(file, "signer", keys.getPrivate(), List.of(certificate, authority.certificate()), password);
            log.info("Demo signer certificate for {} ({}) created in {}", userId, fullName.orElse(userId), file.toAbsolutePath());
        }
        return Keystores.key(Keystores.load(file, "PKCS12", password), "signer", password, file);
    }

    private Path file(String userId) {
        return dir.resolve("signers").resolve(userId + ".p12");
    }
}
