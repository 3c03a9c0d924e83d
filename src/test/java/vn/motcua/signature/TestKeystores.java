package vn.motcua.signature;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

/**
 * Keystores written at test time for an application that runs without the demo CA (the production
 * profile): one signer and a trust store with the test CA, and an agency's seal. Returns the command-line arguments.
 */
public final class TestKeystores {

    private TestKeystores() {
    }

    public static List<String> signerArguments(Path dir, String userId, String commonName) throws Exception {
        String password = "test-" + Long.toHexString(System.nanoTime());
        JcaSignerKey signer = TestPki.signer(commonName, TestPki.NOW.minus(java.time.Duration.ofDays(1)),
                TestPki.NOW.plus(java.time.Duration.ofDays(365)));
        Path keystore = dir.resolve(userId + ".p12");
        Keystores.savePkcs12(keystore, userId, signer.privateKey(), signer.chain(), password.toCharArray());
        Path trust = dir.resolve("trust.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("test-ca", TestPki.CA);
        try (var out = java.nio.file.Files.newOutputStream(trust)) {
            store.store(out, password.toCharArray());
        }
        return List.of("--motcua.signature.keystores." + userId + ".path=" + keystore,
                "--motcua.signature.keystores." + userId + ".password=" + password,
                "--motcua.signature.trust-store.path=" + trust,
                "--motcua.signature.trust-store.password=" + password);
    }

    /** The seal key of an agency ({@code seal-<agency code>}), as an operator configures it under the production profile. */
    public static List<String> sealArguments(Path dir, String agencyCode, String agencyName) throws Exception {
        String id = "seal-" + agencyCode;
        String password = "test-" + Long.toHexString(System.nanoTime());
        JcaSignerKey seal = TestPki.signer(agencyName, TestPki.NOW.minus(java.time.Duration.ofDays(1)),
                TestPki.NOW.plus(java.time.Duration.ofDays(365)));
        Path keystore = dir.resolve(id + ".p12");
        Keystores.savePkcs12(keystore, id, seal.privateKey(), seal.chain(), password.toCharArray());
        return List.of("--motcua.signature.keystores.[" + id + "].path=" + keystore,
                "--motcua.signature.keystores.[" + id + "].password=" + password);
    }
}
