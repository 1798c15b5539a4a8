package dev.tandem.language;

/**
 * The language detected for a text.
 *
 * @param code ISO 639-1 code, or {@code und} when the detector cannot tell
 * @param confidence how far ahead of the runner-up the chosen language is, 0..1: Lingua's
 *     confidence values are relative (the top one is always 1.0), so this is one minus the
 *     runner-up's value; 0 means a tie, values near 1 a clear call
 */
public record LanguageGuess(String code, double confidence) {
    public static final String UNDETERMINED = "und";

    public boolean isDetermined() {
        return !UNDETERMINED.equals(code);
    }
}
