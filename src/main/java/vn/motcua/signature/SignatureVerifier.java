package vn.motcua.signature;

import java.time.ZoneId;

import org.springframework.stereotype.Service;

/** Verifies signed PDFs against the configured trust anchors (see {@link PadesVerifier} for what is checked). */
@Service
public class SignatureVerifier {

    private final TrustAnchors anchors;
    private final ZoneId zone;

    SignatureVerifier(TrustAnchors anchors, ZoneId provinceZone) {
        this.anchors = anchors;
        this.zone = provinceZone;
    }

    /** @throws NotAPdfException when the bytes are not a readable PDF */
    public VerificationReport verify(byte[] pdf) {
        return new PadesVerifier(anchors.certificates(), zone).verify(pdf);
    }
}
