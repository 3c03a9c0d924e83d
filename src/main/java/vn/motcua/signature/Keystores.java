package vn.motcua.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Reading and writing keystore files. */
final class Keystores {

    private Keystores() {
    }

    static KeyStore load(Path path, String type, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("Không đọc được kho khóa " + path + ": " + e.getMessage(), e);
        }
    }

    /** The key under {@code alias}, or the only key of the store when alias is null. */
    static JcaSignerKey key(KeyStore store, String alias, char[] password, Path where) {
        try {
            String name = alias;
            if (name == null) {
                List<String> keys = new ArrayList<>();
                for (String a : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(a)) {
                        keys.add(a);
                    }
                }
                if (keys.size() != 1) {
                    throw new SigningException("Kho khóa " + where + " có " + keys.size() + " khóa: cần khai báo alias");
                }
                name = keys.get(0);
            }
            if (!store.isKeyEntry(name)) {
                throw new SigningException("Kho khóa " + where + " không có khóa '" + name + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] chain = store.getCertificateChain(name);
            return new JcaSignerKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), null);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Không lấy được khóa từ kho khóa " + where + ": " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(KeyStore store) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate c) {
                    certificates.add(c);
                }
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a PKCS#12 file with one key entry, readable by the owner only where the file system allows. */
    static void savePkcs12(Path path, String alias, PrivateKey key, List<X509Certificate> chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain.toArray(new Certificate[0]));
            vn.motcua.document.PrivateFiles.directory(path.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(path.toAbsolutePath().getParent(), ".key", ".tmp");
            try {
                try (var out = Files.newOutputStream(temp)) {
                    store.store(out, password);
                }
                try {
                    Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                Files.move(temp, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write keystore " + path, e);
        }
    }
}
