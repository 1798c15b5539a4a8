package dev.tandem.extract.evaluation;

import dev.tandem.extract.ArticleExtractor;
import dev.tandem.model.Article;
import dev.tandem.model.StageException;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Runs the {@link ArticleExtractor} for an evaluation, where a page on which it finds no article
 * text must count as an empty extraction (zero recall) rather than abort the whole run.
 */
public final class LenientExtractor {
    private final ArticleExtractor extractor;

    /** Wraps the default extractor. */
    public LenientExtractor() {
        this(new ArticleExtractor());
    }

    /** Wraps the given extractor. */
    public LenientExtractor(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** The extracted article, or an empty one (no title, lead or paragraphs) when there is none. */
    public Article extract(Document doc) {
        try {
            return extractor.extract(doc);
        } catch (StageException e) {
            return Article.of(null, null, List.of());
        }
    }

    /** Whether {@code article} is the empty stand-in for a failed extraction. */
    public static boolean isEmpty(Article article) {
        return article.paragraphs().isEmpty() && article.title() == null && article.lead() == null;
    }
}
