package vn.motcua.signature;

import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keys from PKCS#12 files, one per user: {@code motcua.signature.keystores.<userId>.path}, {@code .password},
 * {@code .alias}. Read on each signature, so a renewed certificate is picked up without a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Pkcs12SignerKeyProvider implements SignerKeyProvider {

    private final SignatureProperties properties;

    Pkcs12SignerKeyProvider(SignatureProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<SignerKey> find(String userId) {
        SignatureProperties.Keystore configured = properties.keystores().get(userId);
        if (configured == null) {
            return Optional.empty();
        }
        if (configured.path() == null) {
            throw new SigningException("Thiếu motcua.signature.keystores." + userId + ".path");
        }
        char[] password = configured.password() == null ? new char[0] : configured.password().toCharArray();
        return Optional.of(Keystores.key(Keystores.load(configured.path(), configured.type(), password),
                configured.alias(), password, configured.path()));
    }
}
