package vn.motcua.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    private final SignatureProperties properties;
    private final ZoneId zone;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    SigningService(List<SignerKeyProvider> providers, SignatureProperties properties, Clock clock, ZoneId provinceZone) {
        this.providers = List.copyOf(providers);
        this.properties = properties;
        this.zone = provinceZone;
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

    /**
     * The PDF signed by the user with a visible signature (name, title, time, the signature image when
     * configured) under the signer's title, then sealed by the agency's seal key with the seal's appearance over
     * the left third of the signature (Decree 30/2020/NĐ-CP): two PAdES signatures, the seal's covering the whole
     * file.
     *
     * @throws SigningException when the user or the agency has no key, or a key cannot sign
     */
    public SignedDocument signAndSeal(byte[] pdf, String userId, String signerTitle, String agencyCode,
                                      String agencyName, String reason, String location) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("pdf must not be empty");
        }
        SignerKey signerKey = key(userId);
        SignerKey sealKey = seal(agencyCode, agencyName);
        Instant now = clock.instant();
        String time = TIME.format(now.atZone(zone));
        SignatureAppearance.Placement at = SignatureAppearance.place(pdf);
        String name = Certificates.commonName(signerKey.certificate().getSubjectX500Principal());
        SignatureAppearance signerLook = at == null ? null : new SignatureAppearance(at.page(), at.signer(),
                List.of("Ký bởi: " + name, signerTitle == null ? "" : signerTitle, "Thời gian ký: " + time),
                properties.signatureImages().containsKey(userId) ? image(properties.signatureImages().get(userId)) : null,
                false);
        byte[] signed = signer.sign(pdf, signerKey, reason, location, now, signerLook);
        String sealName = Certificates.commonName(sealKey.certificate().getSubjectX500Principal());
        SignatureAppearance sealLook = at == null ? null : new SignatureAppearance(at.page(), at.seal(),
                List.of(sealName.toUpperCase(new java.util.Locale("vi")), "Đóng dấu số", time), null, true);
        return SignedDocument.of(signer.sign(signed, sealKey, "Đóng dấu của " + sealName, location, now, sealLook));
    }

    private SignerKey seal(String agencyCode, String agencyName) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new SigningException("Không xác định được cơ quan đóng dấu");
        }
        for (SignerKeyProvider provider : providers) {
            var key = provider.findSeal(agencyCode, agencyName);
            if (key.isPresent()) {
                return key.get();
            }
        }
        throw new SigningException("Cơ quan " + agencyCode + " chưa được cấu hình khóa con dấu số "
                + "(motcua.signature.keystores.[" + SignerKeyProvider.SEAL_PREFIX + agencyCode + "])");
    }

    private static byte[] image(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new SigningException("Không đọc được ảnh chữ ký " + path + ": " + e.getMessage(), e);
        }
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
