package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {
    private static final String PAGE = "<body><div id='wrap'>Hà Nội, ngày 12. Tin chính, rõ ràng."
            + "<div class='share'><a href='/s'>Chia sẻ bài viết</a>, ngay.</div>"
            + "<section id='article'><p>Đoạn một, dài.</p><div class='related'><ul><li><a href='/x'>Tin khác</a></li></ul></div>"
            + "<p>Đoạn hai. <a href='/y'>Liên kết</a></p></section></div></body>";

    @Test
    void countsTextLinksAndPunctuationPerElement() {
        Document doc = Jsoup.parse("<div id='d'>Một,   hai. <a href='/a'>Ba</a><p>Bốn.</p></div>");
        TextStats stats = TextStats.of(doc.body());
        TextStats.Figures div = stats.get(doc.getElementById("d"));

        assertThat(div.length).isEqualTo("Một, hai. Ba".length() + "Bốn.".length());
        assertThat(div.linkLength).isEqualTo(2);
        assertThat(div.punctuation).isEqualTo(3);
        assertThat(div.blockInside).isTrue();
    }

    @Test
    void figuresAfterRemovalsMatchAFreshPass() {
        Document doc = Jsoup.parse(PAGE);
        TextStats stats = TextStats.of(doc.body());

        stats.remove(doc.selectFirst(".share"));
        stats.remove(doc.selectFirst(".related"));
        stats.settle();

        TextStats fresh = TextStats.of(doc.body());
        for (Element element : doc.body().getAllElements()) {
            TextStats.Figures kept = stats.get(element);
            TextStats.Figures again = fresh.get(element);
            assertThat(kept.length).as(element.cssSelector()).isEqualTo(again.length);
            assertThat(kept.linkLength).as(element.cssSelector()).isEqualTo(again.linkLength);
            assertThat(kept.punctuation).as(element.cssSelector()).isEqualTo(again.punctuation);
            assertThat(kept.blockInside).as(element.cssSelector()).isEqualTo(again.blockInside);
        }
    }

    @Test
    void wrapperLeftWithInlineTextNoLongerHoldsABlock() {
        Document doc = Jsoup.parse("<div id='w'>Một câu dài, có dấu phẩy.<div class='ad'>Quảng cáo</div></div>");
        TextStats stats = TextStats.of(doc.body());
        assertThat(stats.get(doc.getElementById("w")).blockInside).isTrue();

        stats.remove(doc.selectFirst(".ad"));
        stats.settle();

        assertThat(stats.get(doc.getElementById("w")).blockInside).isFalse();
        assertThat(stats.get(doc.body()).length).isEqualTo("Một câu dài, có dấu phẩy.".length());
    }
}
