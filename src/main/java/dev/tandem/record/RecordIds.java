package dev.tandem.record;

import dev.tandem.fetch.Digests;

/**
 * Record ids: the same original and the same translation identity always give the same id, so a
 * re-run updates a record instead of adding one, and different pairs never collide in practice
 * (64 bits of SHA-256).
 */
public final class RecordIds {
    private RecordIds() {
    }

    /**
     * @param sourceUrl the original's URL as found in the translation
     * @param translationIdentity the translation's stable name (job id, URL or file name)
     */
    public static String of(String sourceUrl, String translationIdentity) {
        return Digests.sha256(sourceUrl + "\n" + translationIdentity).substring(0, 16);
    }

    /**
     * The id of a pair: one original, one translation identity, one language. A translation that
     * changes language is a new pair, never a revision of the old one.
     *
     * @param language the translation's detected language, ISO 639-1
     */
    public static String of(String sourceUrl, String translationIdentity, String language) {
        return of(sourceUrl, translationIdentity + "\n" + language);
    }

    /**
     * The key shared by every pair of one original and one translation identity, whatever the
     * language: what the ledger looks an input up by before its language is known.
     */
    public static String translationKey(String sourceUrl, String translationIdentity) {
        return of(sourceUrl, translationIdentity);
    }
}
