package dev.tandem.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.fetch.Digests;
import org.junit.jupiter.api.Test;

class RecordIdsTest {
    private static final String SEED_SOURCE = "https://baoquocte.vn/phai-doan-quan-su-nga-tham-trieu-tien-279309.html";

    @Test
    void oneOriginalNamedInDifferentWaysGetsOneId() {
        String id = RecordIds.of("https://example.com/a", "article-fr.txt");
        assertThat(RecordIds.of("http://www.example.com/a#x", "article-fr.txt")).isEqualTo(id);
        assertThat(RecordIds.of("https://example.com/a?utm_source=y&fbclid=z", "article-fr.txt")).isEqualTo(id);
        assertThat(RecordIds.of("https://WWW.Example.com:443/a", "article-fr.txt")).isEqualTo(id);
    }

    @Test
    void idOfACanonicalSourceIsWhatItWasBeforeKeys() {
        String before = Digests.sha256(SEED_SOURCE + "\n" + "fr-baoquocte-phai-doan-quan-su-nga.txt").substring(0, 16);
        assertThat(RecordIds.of(SEED_SOURCE, "fr-baoquocte-phai-doan-quan-su-nga.txt")).isEqualTo(before);
    }

    @Test
    void differentOriginalsOrTranslationsGetDifferentIds() {
        String id = RecordIds.of("https://example.com/a", "article-fr.txt");
        assertThat(RecordIds.of("https://example.com/b", "article-fr.txt")).isNotEqualTo(id);
        assertThat(RecordIds.of("https://example.com/a?id=2", "article-fr.txt")).isNotEqualTo(id);
        assertThat(RecordIds.of("https://example.com/a", "article-es.txt")).isNotEqualTo(id);
    }
}
