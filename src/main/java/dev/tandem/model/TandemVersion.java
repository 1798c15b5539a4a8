package dev.tandem.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * tandem's version, as the build's {@code pom.xml} states it. It is written in that one place:
 * Maven copies it into {@code tandem-version.properties} when it builds, and {@code --version}, the
 * User-Agent and anything else that names the version read it from here, so that they cannot
 * disagree.
 */
public final class TandemVersion {
    private static final String RESOURCE = "/tandem-version.properties";

    /** The version, such as {@code 0.2.0}. */
    public static final String VERSION = read();

    private TandemVersion() {
    }

    private static String read() {
        try (InputStream in = TandemVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (build with Maven)");
            }
            Properties props = new Properties();
            props.load(in);
            String version = props.getProperty("version", "").trim();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " holds no version; Maven's resource filtering did not run");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
