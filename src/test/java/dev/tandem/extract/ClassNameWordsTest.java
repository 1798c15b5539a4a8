package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassNameWordsTest {
    @Test
    void splitsCamelCaseAndSeparators() {
        assertThat(words("adsInArticle box_related")).isEqualTo("ads-in-article-box-related");
    }

    @Test
    void readsBemNameByItsElement() {
        assertThat(words("sidebar-grid__content article__content")).isEqualTo("content-content");
        assertThat(words("sidebar-grid sidebar-grid--is-narrow")).isEqualTo("sidebar-grid-sidebar-grid");
    }

    @Test
    void dropsBemModifier() {
        assertThat(words("TestReport__Section TestReport__Section--Ads")).isEqualTo("section-section");
    }

    @Test
    void keepsCssModuleNameBeforeItsHash() {
        assertThat(words("Teaser_title__T_O0e")).isEqualTo("teaser-title-t-o0e");
    }

    @Test
    void wholeKeepsEveryWordForFragments() {
        ClassNameWords read = ClassNameWords.read("detail-img__description detail-img__description--hidden");

        assertThat(read.whole()).isEqualTo("detail-img-description-detail-img-description-hidden");
        assertThat(new String(read.buffer(), 0, read.length())).isEqualTo("description-description");
    }

    @Test
    void negationAndElementorSilenceTheNextWord() {
        char[] no = "no".toCharArray();
        char[] elementor = "elementor".toCharArray();
        char[] note = "note".toCharArray();

        assertThat(ClassNameWords.silencesNext(no, 0, no.length)).isTrue();
        assertThat(ClassNameWords.silencesNext(elementor, 0, elementor.length)).isTrue();
        assertThat(ClassNameWords.silencesNext(note, 0, note.length)).isFalse();
    }

    private static String words(String value) {
        ClassNameWords read = ClassNameWords.read(value);
        return new String(read.buffer(), 0, read.length());
    }
}
