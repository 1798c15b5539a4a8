package dev.tandem.extract.evaluation;

import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain texts of an extracted article that the benchmarks compare with their ground truth. Each
 * benchmark annotates a different cut of the page (with or without lead, with or without captions),
 * so each cut is named here once.
 */
final class ArticleText {
    private ArticleText() {
    }

    /** Lead, then body, heading and quote paragraphs; no title, no captions. */
    static String leadAndText(Article article, String separator) {
        return join(article.lead(), article.textParagraphs(), separator);
    }

    /** Lead, then every paragraph including captions; no title. */
    static String leadAndAll(Article article, String separator) {
        return join(article.lead(), article.paragraphs(), separator);
    }

    /** Body, heading and quote paragraphs only: no title, lead or captions. */
    static String textOnly(Article article, String separator) {
        return join(null, article.textParagraphs(), separator);
    }

    private static String join(String lead, List<Paragraph> paragraphs, String separator) {
        List<String> parts = new ArrayList<>();
        if (lead != null && !lead.isBlank()) {
            parts.add(lead);
        }
        paragraphs.forEach(p -> parts.add(p.text()));
        return String.join(separator, parts);
    }
}
