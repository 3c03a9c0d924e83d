package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Small files and submission bodies for API tests. */
final class TestFiles {

    private TestFiles() {
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    static String dossierJson(String agency, String channel, String idNumber) {
        return """
                {"agencyCode":"%s","procedureCode":"1.001612","channel":"%s",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678",
                              "email":"an@example.vn","address":"Phường Tân Phú, Đồng Xoài"},
                 "summary":"Đăng ký hộ kinh doanh tạp hóa An",
                 "data":{"businessName":"Tạp hóa An","businessAddress":"12 Phú Riềng Đỏ, Phường Tân Phú",
                         "businessLine":"Bán lẻ hàng tạp hóa","capital":50000000}}""".formatted(agency, channel, idNumber);
    }

    /** A multipart body: the JSON part and the two mandatory components of case TH1. */
    static MultiValueMap<String, Object> onlineSubmission(String json) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", json(json));
        parts.add("GIAY_DE_NGHI", file("giay-de-nghi.pdf", MediaType.APPLICATION_PDF, PDF));
        parts.add("CCCD", file("cccd.png", MediaType.IMAGE_PNG, PNG));
        return parts;
    }

    static HttpEntity<String> json(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    static HttpEntity<ByteArrayResource> file(String name, MediaType type, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }
}
