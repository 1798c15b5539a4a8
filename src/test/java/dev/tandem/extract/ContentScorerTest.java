package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {
    private static final String PROSE = "<p>Le président a reçu mercredi, à l'Élysée, la délégation vietnamienne conduite par le vice-Premier ministre.</p>";
    private static final String LINK = "<p><a href='/a'>Le Vietnam et la France signent un accord de coopération</a></p>";

    private final ContentScorer scorer = new ContentScorer();

    @Test
    void scoresProseAboveLinkList() {
        double prose = score(element("<div>" + PROSE + PROSE + "</div>"));
        double links = score(element("<div>" + LINK + LINK + "</div>"));

        assertThat(prose).isGreaterThan(links);
        assertThat(links).isZero();
    }

    @Test
    void givesZeroWithoutProseDirectlyWithin() {
        assertThat(score(element("<div><div><section>" + PROSE + "</section></div></div>"))).isZero();
        assertThat(score(element("<div><span>19/07/2024</span></div>"))).isZero();
    }

    @Test
    void countsTextOfDivsUsedAsParagraphs() {
        assertThat(score(element("<div><div>Ngày 18/7, Chủ tịch nước đã tiếp Đại sứ, hai bên trao đổi về hợp tác.</div></div>")))
                .isPositive();
    }

    @Test
    void rewardsContentClass() {
        double plain = score(element("<div>" + PROSE + "</div>"));
        double named = score(element("<div class='fck_detail'>" + PROSE + "</div>"));

        assertThat(named).isGreaterThan(plain);
        assertThat(proseScore(element("<div class='fck_detail'>" + PROSE + "</div>"))).isEqualTo(plain);
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    private double score(Element element) {
        return scorer.score(element, TextStats.of(element));
    }

    private double proseScore(Element element) {
        return scorer.proseScore(element, TextStats.of(element));
    }
}
