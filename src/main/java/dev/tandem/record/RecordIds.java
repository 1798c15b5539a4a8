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
}
