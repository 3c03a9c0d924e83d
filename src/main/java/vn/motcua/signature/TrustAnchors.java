package vn.motcua.signature;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The certification authorities a signature must chain to: those of {@code motcua.signature.trust-store}
 * (read at start), and in the demo the demo CA.
 */
@Component
class TrustAnchors {

    private final List<X509Certificate> configured;
    private final ObjectProvider<DemoSignerKeyProvider> demo;

    TrustAnchors(SignatureProperties properties, ObjectProvider<DemoSignerKeyProvider> demo) {
        SignatureProperties.TrustStore store = properties.trustStore();
        if (store == null || store.path() == null) {
            this.configured = List.of();
        } else {
            char[] password = store.password() == null ? null : store.password().toCharArray();
            this.configured = List.copyOf(Keystores.certificates(Keystores.load(store.path(), store.type(), password)));
            if (configured.isEmpty()) {
                throw new IllegalStateException("motcua.signature.trust-store " + store.path() + " holds no certificate");
            }
        }
        this.demo = demo;
    }

    List<X509Certificate> certificates() {
        List<X509Certificate> all = new ArrayList<>(configured);
        DemoSignerKeyProvider provider = demo.getIfAvailable();
        if (provider != null) {
            all.add(provider.authority().caCertificate());
        }
        return all;
    }
}
