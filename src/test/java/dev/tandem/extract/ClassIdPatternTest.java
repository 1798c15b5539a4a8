package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassIdPatternTest {
    private static final ClassIdPattern CAPTION = ClassIdPattern.containing("caption");
    private static final ClassIdPattern RELATED = ClassIdPattern.ofWords("related", "tin-lien-quan", "ads");
    private static final ClassIdPattern WIDGET = ClassIdPattern.ofWords("widget");

    @Test
    void matchesWordBetweenHyphens() {
        assertThat(RELATED.matches(element("<div class='box box-related-news'>"))).isTrue();
        assertThat(RELATED.matches(element("<div class='box-tin-lien-quan'>"))).isTrue();
    }

    @Test
    void doesNotMatchInsideLongerWord() {
        assertThat(RELATED.matches(element("<div class='unrelatedness'>"))).isFalse();
        assertThat(RELATED.matches(element("<div class='roads'>"))).isFalse();
    }

    @Test
    void matchesPluralAndId() {
        assertThat(RELATED.matches(element("<div id='relateds'>"))).isTrue();
    }

    @Test
    void splitsCamelCaseAndUnderscores() {
        assertThat(RELATED.matches(element("<div id='adsInArticle'>"))).isTrue();
        assertThat(RELATED.matches(element("<div class='tin_lien_quan'>"))).isTrue();
    }

    @Test
    void containingMatchesAnywhere() {
        assertThat(CAPTION.matches(element("<p class='PhotoCMS_Caption'>"))).isTrue();
        assertThat(CAPTION.matches(element("<p class='photo'>"))).isFalse();
    }

    @Test
    void bemElementNamesWhatTheBlockIs() {
        // A grid with a sidebar holds the article's text in its content element.
        assertThat(RELATED.matches(element("<div class='related-grid__content article__content'>"))).isFalse();
        assertThat(RELATED.matches(element("<div class='article__related'>"))).isTrue();
        assertThat(RELATED.matches(element("<div class='article__body\tpage__related'>"))).isTrue();
        assertThat(RELATED.matches(element("<div class='related-grid related-grid--narrow'>"))).isTrue();
    }

    @Test
    void bemModifierDoesNotNameTheBlock() {
        // A report section that may hold ad slots is still a section of the report.
        assertThat(RELATED.matches(element("<section class='Report__Section Report__Section--Ads'>"))).isFalse();
        assertThat(RELATED.matches(element("<div class='layout layout--related-right'>"))).isFalse();
        assertThat(CAPTION.matches(element("<div class='figure figure--caption'>"))).isTrue();
    }

    @Test
    void negatedWordDoesNotMatch() {
        assertThat(RELATED.matches(element("<section class='row non-related'>"))).isFalse();
        assertThat(RELATED.matches(element("<div class='layout-noRelated'>"))).isFalse();
        assertThat(RELATED.matches(element("<div class='without-ads box-related'>"))).isTrue();
        assertThat(RELATED.matches(element("<div class='no-js related'>"))).isTrue();
    }

    @Test
    void elementorWidgetIsALayoutBlock() {
        assertThat(WIDGET.matches(element("<div class='elementor-element elementor-widget elementor-widget-text-editor'>")))
                .isFalse();
        assertThat(WIDGET.matches(element("<div class='widget widget_recent_entries'>"))).isTrue();
    }

    @Test
    void cssModuleHashIsNotABemElement() {
        assertThat(RELATED.matches(element("<div class='Related_list__T_O0e'>"))).isTrue();
        assertThat(RELATED.matches(element("<div class='RelatedBox_box__BiSJG teaser'>"))).isTrue();
    }

    @Test
    void fragmentsSeeTheWholeBemName() {
        assertThat(CAPTION.matches(element("<p class='caption-box__text'>"))).isTrue();
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
