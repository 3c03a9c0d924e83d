package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The document store on a file system folder ({@code motcua.documents.dir}, default {@code ./data/documents}):
 * one file per document under a random key, spread over 256 sub-folders, written to a temporary file and
 * moved into place so a reader never sees half a file.
 */
@Component
class FilesystemDocumentStore implements DocumentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    FilesystemDocumentStore(AttachmentPolicy policy) {
        this.root = PrivateFiles.directory(Path.of(policy.dir()).toAbsolutePath().normalize());
    }

    @Override
    public String put(byte[] content) {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id;
        Path target = path(key);
        try {
            PrivateFiles.directory(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp); // a part written before the disk filled up
            }
            return key;
        } catch (IOException e) {
            throw new DocumentStoreUnavailable("Không lưu được tệp vào kho tài liệu " + root, e);
        } catch (UncheckedIOException e) { // the folder could not be made (PrivateFiles)
            throw new DocumentStoreUnavailable("Không lưu được tệp vào kho tài liệu " + root, e.getCause());
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tài liệu " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Không xóa được tài liệu " + key, e);
        }
    }

    @Override
    public void forEachStoredBefore(Instant before, Consumer<String> action) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (KEY.matcher(key).matches() && modified(file).isBefore(before)) {
                    action.accept(key);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được kho tài liệu " + root, e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // gone meanwhile (deleted by its rollback): not a candidate
        }
    }

    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Khóa tài liệu không hợp lệ: " + key);
        }
        return root.resolve(key);
    }
}
