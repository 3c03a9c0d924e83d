package vn.motcua.signature;

import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's keys ({@code motcua.demo.enabled=true}): signers without a configured keystore
 * sign with a certificate of the demo CA. At start the CA and the certificates of
 * {@code motcua.signature.demo-signers} (default {@code lanhdao}) are made if missing; other users get
 * theirs on their first signature.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@Profile("!postgres")
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoSignerKeyProvider implements SignerKeyProvider {

    private final DemoCertificateAuthority authority;
    private final SignatureProperties properties;
    private final SignerDirectory directory;

    DemoSignerKeyProvider(SignatureProperties properties, SignerDirectory directory, Clock clock) {
        this.authority = new DemoCertificateAuthority(properties.demoDir(), properties.demoPassword(), clock);
        this.properties = properties;
        this.directory = directory;
    }

    /** After the demo users exist (DemoData runs at order 10). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void createDemoKeys() {
        authority.ca();
        for (String userId : properties.demoSigners()) {
            if (!properties.keystores().containsKey(userId) && !authority.has(userId)) {
                authority.signer(userId, directory.fullName(userId));
            }
        }
    }

    @Override
    public Optional<SignerKey> find(String userId) {
        return Optional.of(authority.signer(userId, directory.fullName(userId)));
    }

    /** The agency's demo seal certificate, with the agency's name as common name, made on first use. */
    @Override
    public Optional<SignerKey> findSeal(String agencyCode, String agencyName) {
        return Optional.of(authority.signer(SEAL_PREFIX + agencyCode, Optional.ofNullable(agencyName)));
    }

    DemoCertificateAuthority authority() {
        return authority;
    }
}
