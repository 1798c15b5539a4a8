package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of a news page: its metadata as the page declares it, its lead, and its
 * paragraphs (body, sub-headings, quotes and image captions) in reading order, leaving out menus,
 * related-news boxes, comments and other page furniture.
 *
 * <pre>{@code
 * Article article = new ArticleExtractor().extract(Jsoup.parse(html, url));
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance can serve every page. The given document is not
 * modified; the extractor works on a copy.
 */
public final class ArticleExtractor {
    private final PageMetadataReader metadataReader = new PageMetadataReader();
    private final LeadFinder leadFinder = new LeadFinder();
    private final BoilerplateRemover boilerplateRemover;
    private final MainContentFinder contentFinder;
    private final ContainerPruner pruner = new ContainerPruner();
    private final ParagraphCollector collector = new ParagraphCollector();
    private final ParagraphFilter filter = new ParagraphFilter();

    /** An extractor with the default heuristics. */
    public ArticleExtractor() {
        ContentScorer scorer = new ContentScorer();
        this.boilerplateRemover = new BoilerplateRemover(scorer);
        this.contentFinder = new MainContentFinder(scorer);
    }

    /**
     * Extracts the article of a page.
     *
     * @param doc the parsed page; not modified
     * @return the article, with at least one body or quote paragraph
     * @throws StageException at stage {@link Stage#EXTRACT} when the page holds no article text
     */
    public Article extract(Document doc) {
        Objects.requireNonNull(doc, "doc must not be null");
        Document page = doc.clone();
        PageMetadata metadata = metadataReader.read(page);
        List<LeadFinder.Candidate> leadCandidates = leadFinder.candidates(page);
        boilerplateRemover.remove(page);
        Element container = contentFinder.find(page).orElseThrow(ArticleExtractor::noArticleText);
        pruner.prune(container);
        List<TextBlock> blocks = collector.collect(container);
        String lead = leadFinder.choose(leadCandidates, container, metadata.description(), blocks);
        List<Paragraph> paragraphs = filter.filter(blocks, metadata.title(), lead, metadata.author());
        if (paragraphs.stream().noneMatch(ArticleExtractor::isText)) {
            throw noArticleText();
        }
        return new Article(metadata.title(), lead, paragraphs, metadata.author(), metadata.publishedAt(),
                metadata.modifiedAt(), metadata.section(), metadata.language(), metadata.canonicalUrl(),
                metadata.siteName(), metadata.alternates());
    }

    private static boolean isText(Paragraph paragraph) {
        return paragraph.kind() == ParagraphKind.BODY || paragraph.kind() == ParagraphKind.QUOTE;
    }

    private static StageException noArticleText() {
        return new StageException(Stage.EXTRACT, "no article text found on the page", Map.of(), null);
    }
}
