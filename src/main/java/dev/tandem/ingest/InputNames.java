package dev.tandem.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule of which files are inputs, shared by {@code process DIR}, the scheduled batch and
 * the inbox, so that a file is taken by all three or by none.
 *
 * <p>A file is not an input when any part of its path below the watched folder is hidden (starts
 * with a dot, as the inbox's own {@code .done/} and {@code .error/} do), or when its name is that
 * of a file still being written or of a tool's by-product:
 * <ul>
 *   <li>partial downloads and copies: {@code *.part}, {@code *.partial}, {@code *.tmp},
 *       {@code *.crdownload}, {@code *.download};</li>
 *   <li>editor files: {@code *.swp}, {@code *.swo}, backups {@code *~}, Office owner files
 *       {@code ~*}, Emacs autosaves {@code #*#};</li>
 *   <li>tandem's own error sidecars {@code *.error.json} and Camel's {@code *.camelLock} markers.</li>
 * </ul>
 * Names are compared without regard to case ({@code REPORT.PART} is a partial download too).
 * Example: {@code InputNames.whyNotInput(Path.of("es/article.txt.part"))} is
 * {@code Optional.of("a partial download")}.
 */
public final class InputNames {
    /** Suffixes browsers, curl, rsync-like copiers and scripts give a file until it is complete. */
    private static final List<String> PARTIAL_SUFFIXES =
            List.of(".part", ".partial", ".tmp", ".crdownload", ".download");
    /** Vim's swap files (the second one is made when the first exists). */
    private static final List<String> SWAP_SUFFIXES = List.of(".swp", ".swo");
    /** Names tandem and Camel write beside inputs. */
    private static final List<String> OWN_SUFFIXES = List.of(".error.json", ".camellock");

    /** What {@link #whyNotInput} says of a hidden file or a file in a hidden folder. */
    public static final String HIDDEN = "hidden";

    private InputNames() {
    }

    /** Whether the file at {@code relative} (its path below the folder it was found in) is an input. */
    public static boolean isInput(Path relative) {
        return whyNotInput(relative).isEmpty();
    }

    /**
     * Why the file at {@code relative} is not an input, in a few words for a log line ({@link #HIDDEN},
     * "a partial download", ...), or empty when it is one.
     */
    public static Optional<String> whyNotInput(Path relative) {
        int count = relative.getNameCount();
        for (int i = 0; i < count - 1; i++) {
            if (isHidden(relative.getName(i).toString())) {
                return Optional.of(HIDDEN);
            }
        }
        return whyNotInputName(relative.getFileName() == null ? "" : relative.getFileName().toString());
    }

    /**
     * Whether a folder named {@code name} is looked into for inputs: every folder but hidden ones
     * (which include the inbox's {@code .done/} and {@code .error/}).
     */
    public static boolean isWalked(String name) {
        return !isHidden(name);
    }

    private static Optional<String> whyNotInputName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || isHidden(name)) {
            return Optional.of(HIDDEN);
        }
        if (endsWithAny(lower, PARTIAL_SUFFIXES)) {
            return Optional.of("a partial download");
        }
        if (endsWithAny(lower, SWAP_SUFFIXES) || name.endsWith("~") || name.startsWith("~")
                || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"))) {
            return Optional.of("an editor's file");
        }
        if (endsWithAny(lower, OWN_SUFFIXES)) {
            return Optional.of("a file tandem or Camel writes");
        }
        return Optional.empty();
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static boolean endsWithAny(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
