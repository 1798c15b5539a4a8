package dev.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as tandem sees it, whether it is the original or a translation: title, lead and the
 * paragraphs in reading order (body, headings, quotes and captions together, each with its kind),
 * with the metadata the page declared. Any field but {@code paragraphs} may be null when unknown.
 *
 * @param title headline
 * @param lead standfirst / sapo, kept out of {@code paragraphs}
 * @param paragraphs blocks in reading order
 * @param author byline as written
 * @param publishedAt publication date as ISO-8601 text, as declared by the page
 * @param declaredLanguage language the page declares (html lang, metadata), BCP-47; not detected
 * @param canonicalUrl canonical address the page declares
 * @param siteName publication name
 */
public record Article(
        String title,
        String lead,
        List<Paragraph> paragraphs,
        String author,
        String publishedAt,
        String declaredLanguage,
        String canonicalUrl,
        String siteName) {

    public Article {
        Objects.requireNonNull(paragraphs, "paragraphs must not be null");
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article with only text, no metadata. */
    public static Article of(String title, String lead, List<Paragraph> paragraphs) {
        return new Article(title, lead, paragraphs, null, null, null, null, null);
    }

    /** Every paragraph that is not a caption, in order. */
    public List<Paragraph> textParagraphs() {
        return paragraphs.stream().filter(p -> p.kind() != ParagraphKind.CAPTION).toList();
    }

    /** The captions, in order. */
    public List<Paragraph> captions() {
        return paragraphs.stream().filter(p -> p.kind() == ParagraphKind.CAPTION).toList();
    }
}
