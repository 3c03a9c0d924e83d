package vn.motcua.signature;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Signs PDFs as a user: finds the user's key through the {@link SignerKeyProvider}s (in their order), signs
 * PAdES baseline-B, or baseline-T when {@code motcua.signature.tsa-url} is set.
 */
@Service
public class SigningService {

    private final List<SignerKeyProvider> providers;
    private final PadesSigner signer;
    private final Clock clock;

    SigningService(List<SignerKeyProvider> providers, SignatureProperties properties, Clock clock) {
        this.providers = List.copyOf(providers);
        this.signer = new PadesSigner(properties.tsaUrl() == null ? null
                : new TsaClient(properties.tsaUrl(), properties.tsaTimeout()));
        this.clock = clock;
    }

    /**
     * The PDF signed by the user, with the SHA-256 of the signed bytes.
     *
     * @throws SigningException when the user has no key, the key cannot sign or the time-stamp authority fails
     */
    public SignedDocument sign(byte[] pdf, String userId, String reason, String location) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("pdf must not be empty");
        }
        return SignedDocument.of(signer.sign(pdf, key(userId), reason, location, clock.instant()));
    }

    /** The common name of the user's signing certificate, e.g. "Phạm Văn Hùng". */
    public String signerName(String userId) {
        return Certificates.commonName(key(userId).certificate().getSubjectX500Principal());
    }

    private SignerKey key(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new SigningException("Không xác định được người ký");
        }
        for (SignerKeyProvider provider : providers) {
            var key = provider.find(userId);
            if (key.isPresent()) {
                return key.get();
            }
        }
        throw new SigningException("Người dùng " + userId + " chưa được cấu hình khóa ký số (motcua.signature.keystores."
                + userId + ")");
    }
}
