package dev.tandem.check;

import java.util.List;

/**
 * The language a translation was ordered in, and who says so: a job file or the configuration
 * ({@code binding}: a translation in another language fails), or the page's own declaration (not
 * binding: pages often declare their template's language).
 *
 * @param codes ISO 639-1 codes any of which is right
 * @param saidBy who says so, as the finding's message puts it ("the job's translationLanguage says en")
 * @param binding whether a translation in another language fails
 */
public record OrderedLanguage(List<String> codes, String saidBy, boolean binding) {
    public OrderedLanguage {
        codes = List.copyOf(codes);
    }
}
