package dev.tandem.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMarksTest {
    @Test
    void addressesAreKeptWithoutSchemeOrTrailingPunctuation() {
        assertThat(TextMarks.of("Xem thêm tại https://www.baoquocte.vn/tin-moi.html."))
                .containsExactly("url:baoquocte.vn/tin-moi.html");
        assertThat(TextMarks.of("Plus d'informations sur www.baoquocte.vn/tin-moi.html"))
                .containsExactly("url:baoquocte.vn/tin-moi.html");
    }

    @Test
    void emailAddressesAndHandlesAreMarks() {
        assertThat(TextMarks.of("Liên hệ toasoan@baoquocte.vn hoặc @baoquocte trên X."))
                .containsExactly("url:toasoan@baoquocte.vn", "url:@baoquocte");
    }

    @Test
    void questionsAndExclamationsCountOnceEachInAnyScript() {
        assertThat(TextMarks.of("Pourquoi ? Comment ?")).containsExactly("?");
        assertThat(TextMarks.of("为什么？太好了！")).containsExactly("?", "!");
    }

    @Test
    void quotationsAreCountedByTheirOpeningMark() {
        assertThat(TextMarks.of("Il a dit : « C'est grave » et « Nous agirons ».")).containsExactly("\"", "\"");
        assertThat(TextMarks.of("Ông nói: \"Đây là bước tiến\" và \"chúng tôi sẽ hành động\".")).containsExactly("\"", "\"");
        assertThat(TextMarks.of("Anh ấy nói “Đủ rồi”.")).containsExactly("\"");
    }

    @Test
    void apostrophesAreNoQuotations() {
        assertThat(TextMarks.of("L'ambassadeur d'Italie n'est pas venu, c'est l'avis de l'AFP.")).isEmpty();
        assertThat(TextMarks.of("It’s the minister’s view.")).isEmpty();
    }

    @Test
    void parenthesesAreMarks() {
        assertThat(TextMarks.of("Hãng thông tấn Trung ương Triều Tiên (KCNA) cho biết (ngày 18/7)."))
                .containsExactly("(", "(");
        assertThat(TextMarks.of("朝中社（KCNA）报道")).containsExactly("(");
    }
}
