package vn.motcua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What files a dossier may carry ({@code motcua.documents.*}): the accepted types and the size of one file.
 * A file's type is checked twice: the declared content type must be allowed, and its first bytes must be
 * those of that type (a renamed executable is not a PDF).
 *
 * @param dir the document store's folder ({@link FilesystemDocumentStore})
 * @param allowedTypes content types accepted, default PDF, JPEG, PNG
 * @param maxFileSize the largest file accepted, default 10 MB
 */
@ConfigurationProperties("motcua.documents")
public record AttachmentPolicy(@DefaultValue("./data/documents") String dir,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png"}) Set<String> allowedTypes,
        @DefaultValue("10MB") DataSize maxFileSize) {

    /** The problems of one file, in Vietnamese; empty when it is acceptable. */
    public List<String> problems(String fileName, String contentType, byte[] content) {
        List<String> problems = new ArrayList<>();
        String type = contentType == null ? "" : contentType.toLowerCase().split(";")[0].trim();
        if (content == null || content.length == 0) {
            problems.add("Tệp '" + fileName + "' rỗng");
            return problems;
        }
        if (content.length > maxFileSize.toBytes()) {
            problems.add("Tệp '" + fileName + "' dung lượng " + content.length + " byte, vượt quá giới hạn "
                    + maxFileSize.toMegabytes() + " MB");
        }
        if (!allowedTypes.contains(type)) {
            problems.add("Tệp '" + fileName + "' có định dạng '" + type + "' không được chấp nhận; chỉ nhận "
                    + String.join(", ", allowedTypes.stream().sorted().toList()));
        } else if (!startsAs(type, content)) {
            problems.add("Nội dung tệp '" + fileName + "' không phải là " + type);
        }
        return problems;
    }

    private static boolean startsAs(String type, byte[] c) {
        return switch (type) {
            case "application/pdf" -> c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-';
            case "image/jpeg" -> c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF;
            case "image/png" -> c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
            default -> true; // another configured type: its declared content type is trusted
        };
    }
}
