package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The applicant (người nộp) and, when someone files on their behalf, the proxy. */
@Embeddable
public record Applicant(
        @Column(name = "applicant_name", nullable = false) String name,
        @Column(name = "applicant_id_number", nullable = false) String idNumber,
        @Column(name = "applicant_tax_code") String taxCode,
        @Column(name = "applicant_phone") String phone,
        @Column(name = "applicant_email") String email,
        @Column(name = "applicant_address") String address,
        @Column(name = "proxy_name") String proxyName,
        @Column(name = "proxy_id_number") String proxyIdNumber) {
}
