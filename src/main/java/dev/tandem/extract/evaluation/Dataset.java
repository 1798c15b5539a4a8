package dev.tandem.extract.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The benchmark data sets the extraction evaluation knows, each a folder under the data folder. */
public enum Dataset {
    /** Zyte's article-extraction-benchmark: human-annotated article bodies, mostly English. */
    AEB("aeb"),
    /** Fundus parser test pages: title, lead, body sections and captions per page, 20+ languages. */
    FUNDUS("fundus"),
    /** Trafilatura's evaluation corpus: must-have and must-not-have snippets, mostly German. */
    TRAFILATURA("trafilatura");

    private final String folder;

    Dataset(String folder) {
        this.folder = folder;
    }

    /** The folder name under the data folder, also the name used on the command line. */
    public String folder() {
        return folder;
    }

    /** The data set called {@code name} (case ignored), if any. */
    public static Optional<Dataset> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.folder.equals(n)).findFirst();
    }
}
