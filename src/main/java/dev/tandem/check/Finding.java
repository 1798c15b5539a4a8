package dev.tandem.check;

import java.util.List;

/**
 * One thing a reviewer should look at.
 *
 * @param code stable name of the check, such as {@code NUMBER_MISMATCH}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param source ids of the source segments concerned ({@code s3.1}, {@code s3})
 * @param target ids of the translation segments concerned
 * @param message what is wrong, in English
 */
public record Finding(String code, String severity, List<String> source, List<String> target, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    public Finding {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
