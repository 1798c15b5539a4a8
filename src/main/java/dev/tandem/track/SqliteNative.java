package dev.tandem.track;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.sqlite.util.OSInfo;

/**
 * Points sqlite-jdbc at the native library the build unpacked into {@code target/native}, next to
 * {@code lib/}. Without it, sqlite-jdbc copies the library out of its jar into a temporary file on
 * every start, a sixth of the time `status` takes. When the folder is missing (a test run from
 * {@code target/classes} before packaging, or a jar copied without it), or the operator set
 * {@code org.sqlite.lib.path} already, nothing changes and sqlite-jdbc does as it always does.
 */
final class SqliteNative {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /** Sets sqlite-jdbc's library path and name when the unpacked library is there. */
    static synchronized void useUnpackedLibrary() {
        if (System.getProperty(PATH) != null) {
            return;
        }
        Path folder = unpackedFolder();
        String name = System.mapLibraryName("sqlitejdbc");
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            System.setProperty(PATH, folder.toString());
            System.setProperty(NAME, name);
        }
    }

    /** {@code native/<os>/<arch>} beside the jar or classes folder tandem runs from, or null. */
    private static Path unpackedFolder() {
        CodeSource code = SqliteNative.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return null;
        }
        try {
            Path base = Path.of(code.getLocation().toURI()).getParent();
            return base == null ? null
                    : base.resolve("native/org/sqlite/native").resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }
}
