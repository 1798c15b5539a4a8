package dev.tandem.record;

import dev.tandem.fetch.Digests;
import dev.tandem.fetch.UrlKey;

/**
 * Record ids: the same original and the same translation identity always give the same id, so a
 * re-run updates a record instead of adding one, and different pairs never collide in practice
 * (64 bits of SHA-256). The original counts by its {@link UrlKey}, so one page named as
 * {@code http://www.example.com/a#top} and as {@code https://example.com/a?utm_source=x} is one
 * original; the key of an {@code https} URL without {@code www.} is the URL itself, so ids made
 * before keys existed are unchanged for those.
 */
public final class RecordIds {
    private RecordIds() {
    }

    /**
     * @param sourceUrl the original's URL as found in the translation (its key is what counts)
     * @param translationIdentity the translation's stable name (job id, URL or file name)
     */
    public static String of(String sourceUrl, String translationIdentity) {
        return Digests.sha256(UrlKey.of(sourceUrl) + "\n" + translationIdentity).substring(0, 16);
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
