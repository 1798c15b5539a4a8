package dev.tandem.check;

import static dev.tandem.check.VietFrenchPairs.check;
import static dev.tandem.check.VietFrenchPairs.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of several words: one finding per name, and titles whose words are translated. */
class NameChecksTest {
    @Test
    void aNameOfSeveralWordsDroppedIsOneFinding() {
        Checker.Report report = check(List.of("Ayr xứng đáng chiến thắng trận đấu Giải Tennent Premiership này."),
                List.of("Ayr méritait de gagner ce match du Championnat d’Écosse."));

        assertThat(codes(report)).containsExactly("NAME_MISSING");
        assertThat(report.findings().get(0).message()).contains("\"Tennent Premiership\"");
    }

    @Test
    void twoNamesDroppedApartAreTwoFindings() {
        assertThat(codes(check(List.of("Trận đấu giữa Melrose và Hawick diễn ra hôm qua."),
                List.of("Le match a eu lieu hier."))))
                .containsExactly("NAME_MISSING", "NAME_MISSING");
    }

    @Test
    void aTitleInTitleCaseHasItsWordsTranslated() {
        Checker.Report report = check(List.of(
                "Bà là tác giả cuốn \"Few Hard Truths About Sneaking Into the Hollywood Boys Club\"."),
                List.of("Elle est l’auteure de « Quelques vérités sur le fait de se glisser dans le Hollywood Boys Club »."));

        assertThat(codes(report)).containsExactly("TITLE_WORD_MISSING");
        assertThat(report.state()).isEqualTo("ok");
    }

    @Test
    void aNameDroppedOutsideATitleOrFromARowOfNamesIsStillMissing() {
        // the title is kept, the name beside it is dropped
        assertThat(codes(check(List.of("Nell Scovell là tác giả cuốn \"Just the Funny Parts\" và là bạn của Obama."),
                List.of("Nell Scovell est l’auteure de « Just the Funny Parts » et une amie de l’ancien président."))))
                .containsExactly("NAME_MISSING");
        // names in a row with no function word capitalised are names, not a title
        assertThat(codes(check(List.of("Trận đấu có Sergio Aguero Raheem Sterling Leroy Sane."),
                List.of("Le match a vu Sergio Aguero et Leroy Sane."))))
                .containsExactly("NAME_MISSING");
        assertThat(NameChecks.titleAround("Sergio Aguero Raheem Sterling Leroy Sane", "Raheem")).isNull();
    }
}
