package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassIdPatternTest {
    private final ClassIdPattern related = ClassIdPattern.ofWords("related", "tin-lien-quan", "ads");

    @Test
    void matchesWordBetweenHyphens() {
        assertThat(related.matches(element("<div class='box box-related-news'>"))).isTrue();
        assertThat(related.matches(element("<div class='box-tin-lien-quan'>"))).isTrue();
    }

    @Test
    void doesNotMatchInsideLongerWord() {
        assertThat(related.matches(element("<div class='unrelatedness'>"))).isFalse();
        assertThat(related.matches(element("<div class='roads'>"))).isFalse();
    }

    @Test
    void matchesPluralAndId() {
        assertThat(related.matches(element("<div id='relateds'>"))).isTrue();
    }

    @Test
    void splitsCamelCaseAndUnderscores() {
        assertThat(related.matches(element("<div id='adsInArticle'>"))).isTrue();
        assertThat(related.matches(element("<div class='tin_lien_quan'>"))).isTrue();
    }

    @Test
    void containingMatchesAnywhere() {
        ClassIdPattern caption = ClassIdPattern.containing("caption");

        assertThat(caption.matches(element("<p class='PhotoCMS_Caption'>"))).isTrue();
        assertThat(caption.matches(element("<p class='photo'>"))).isFalse();
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
