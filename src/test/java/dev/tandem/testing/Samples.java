package dev.tandem.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's samples, read from the working tree (tests run from the project root). */
public final class Samples {
    public static final Path ROOT = Path.of("samples");
    public static final Path SEED = ROOT.resolve("inbox/fr-baoquocte-phai-doan-quan-su-nga.txt");
    public static final String SEED_SOURCE_URL = "https://baoquocte.vn/phai-doan-quan-su-nga-tham-trieu-tien-279309.html";

    private Samples() {
    }

    /** The seed's text. */
    public static String seedText() {
        return read(SEED);
    }

    /** The seed with its Source line pointing at {@code url} instead of the original site. */
    public static String seedPointingAt(String url) {
        return seedText().replace(SEED_SOURCE_URL, url);
    }

    /** The stored HTML of the seed's Vietnamese original. */
    public static byte[] seedSourcePage() {
        return storedPage("baoquocte.vn");
    }

    /** The stored HTML of the Vietnamese original of the metro sample, an article unrelated to the seed's. */
    public static byte[] metroSourcePage() {
        return storedPage("www.vietnamplus.vn");
    }

    private static byte[] storedPage(String host) {
        try (Stream<Path> files = Files.walk(ROOT.resolve("snapshots").resolve(host))) {
            Path html = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            return Files.readAllBytes(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
