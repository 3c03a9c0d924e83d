package vn.motcua.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.document.DocumentStoreUnavailable;
import vn.motcua.document.PrivateFiles;

/**
 * Signed results as files under {@code motcua.documents.dir} (default {@code ./data/documents}), in
 * {@code signed-results/yyyy/MM/<uuid>.pdf}. Written to a temporary file first and moved into place, so a
 * crash leaves no half file under a key.
 */
@Component
class FileSystemResultFileStore implements ResultFileStore {

    private static final String AREA = "signed-results";
    private static final Pattern KEY = Pattern.compile(AREA + "/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.pdf");

    private final Path root;
    private final Clock clock;

    FileSystemResultFileStore(@Value("${motcua.documents.dir:./data/documents}") Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public String put(String fileName, byte[] bytes) {
        LocalDate today = LocalDate.now(clock);
        String key = String.format("%s/%04d/%02d/%s.pdf", AREA, today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = root.resolve(key);
        try {
            PrivateFiles.directory(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return key;
        } catch (IOException e) {
            throw new DocumentStoreUnavailable("cannot store " + fileName + " under " + target, e);
        } catch (UncheckedIOException e) { // the folder could not be made (PrivateFiles)
            throw new DocumentStoreUnavailable("cannot store " + fileName + " under " + target, e.getCause());
        }
    }

    @Override
    public byte[] get(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("not a signed-result storage key: " + storageKey);
        }
        Path file = root.resolve(storageKey);
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("Không tìm thấy tệp kết quả đã ký " + storageKey + " trong kho tài liệu", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
