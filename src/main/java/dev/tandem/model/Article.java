package dev.tandem.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param modifiedAt last modification date as declared by the page
 * @param section the section or category the page files the article under
 * @param declaredLanguage language the page declares (html lang, metadata), BCP-47; not detected
 * @param canonicalUrl canonical address the page declares
 * @param siteName publication name
 * @param alternates versions of the page in other languages ({@code hreflang} links): language
 *     tag to absolute URL, in page order; links to translations or to the original
 */
public record Article(
        String title,
        String lead,
        List<Paragraph> paragraphs,
        String author,
        String publishedAt,
        String modifiedAt,
        String section,
        String declaredLanguage,
        String canonicalUrl,
        String siteName,
        Map<String, String> alternates) {

    public Article {
        Objects.requireNonNull(paragraphs, "paragraphs must not be null");
        paragraphs = List.copyOf(paragraphs);
        alternates = alternates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
    }

    /** An article with only text, no metadata. */
    public static Article of(String title, String lead, List<Paragraph> paragraphs) {
        return new Article(title, lead, paragraphs, null, null, null, null, null, null, null, Map.of());
    }

    /** The same article with other paragraphs. */
    public Article withParagraphs(List<Paragraph> other) {
        return new Article(title, lead, other, author, publishedAt, modifiedAt, section, declaredLanguage,
                canonicalUrl, siteName, alternates);
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
