package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Folders that hold personal data or keys (the H2 database, the document store, signing keys) are readable
 * by the application's own user only: created {@code rwx------} where the file system is POSIX, and an
 * existing one loses its group and other permissions. Files written with {@link Files#createTempFile} and
 * moved into place are already {@code rw-------}.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates the folder and its missing parents owner-only, or takes group and others' rights off an existing
     * one (unless it is a shared folder everybody may write to, such as {@code /tmp}, or not the application's).
     */
    public static Path directory(Path dir) {
        try {
            if (!POSIX) {
                return Files.createDirectories(dir);
            }
            if (Files.isDirectory(dir)) {
                tighten(dir);
                return dir;
            }
            return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục riêng " + dir, e);
        }
    }

    private static void tighten(Path dir) {
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(dir);
            if (current.contains(PosixFilePermission.OTHERS_WRITE)) {
                return;
            }
            Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
            owner.addAll(current);
            owner.retainAll(OWNER_ONLY);
            if (!owner.equals(current)) {
                Files.setPosixFilePermissions(dir, owner);
            }
        } catch (IOException | SecurityException notOurs) {
            // another user's folder: the operator decides its rights (docs/operations.md)
        }
    }
}
