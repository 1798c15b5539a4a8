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
        double prose = scorer.score(element("<div>" + PROSE + PROSE + "</div>"));
        double links = scorer.score(element("<div>" + LINK + LINK + "</div>"));

        assertThat(prose).isGreaterThan(links);
        assertThat(links).isZero();
    }

    @Test
    void givesZeroWithoutProseDirectlyWithin() {
        assertThat(scorer.score(element("<div><div><section>" + PROSE + "</section></div></div>"))).isZero();
        assertThat(scorer.score(element("<div><span>19/07/2024</span></div>"))).isZero();
    }

    @Test
    void countsTextOfDivsUsedAsParagraphs() {
        assertThat(scorer.score(element("<div><div>Ngày 18/7, Chủ tịch nước đã tiếp Đại sứ, hai bên trao đổi về hợp tác.</div></div>")))
                .isPositive();
    }

    @Test
    void rewardsContentClass() {
        double plain = scorer.score(element("<div>" + PROSE + "</div>"));
        double named = scorer.score(element("<div class='fck_detail'>" + PROSE + "</div>"));

        assertThat(named).isGreaterThan(plain);
        assertThat(scorer.proseScore(element("<div class='fck_detail'>" + PROSE + "</div>"))).isEqualTo(plain);
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
