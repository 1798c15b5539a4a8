package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Stateless and thread-safe: one instance can serve every page. Extraction cleans the given
 * document in place (menus, ads and the like are removed from it): copying every page first cost a
 * tenth of the extraction time, and every caller parses its page for extraction alone. Pass
 * {@code doc.clone()} to keep the original.
 */
public final class ArticleExtractor {
    private final PageMetadataReader metadataReader = new PageMetadataReader();
    private final LeadFinder leadFinder = new LeadFinder();
    private final CaptionFinder captionFinder = new CaptionFinder();
    private final BoilerplateRemover boilerplateRemover;
    private final MainContentFinder contentFinder;
    private final ContainerPruner pruner = new ContainerPruner();
    private final SiteProfiles profiles;
    /** Letters and digits a first paragraph needs before a lead containing it counts as the body. */
    private static final int MIN_SPANNED_PARAGRAPH = 40;
    /** A JSON-LD articleBody shorter than this is a summary, not the article. */
    private static final int MIN_DECLARED_BODY = 500;
    /**
     * Below this share of the JSON-LD articleBody, the text found on the page is a teaser and the
     * declared body is taken instead.
     */
    private static final double SHOWN_SHARE_OF_DECLARED = 0.3;
    private final ParagraphCollector collector = new ParagraphCollector();
    private final ParagraphFilter filter = new ParagraphFilter();

    /** An extractor with the default heuristics. */
    public ArticleExtractor() {
        this(SiteProfiles.shipped());
    }

    /** An extractor that also follows the given site profiles where they match a page. */
    public ArticleExtractor(SiteProfiles profiles) {
        this.profiles = profiles;
        ContentScorer scorer = new ContentScorer();
        this.boilerplateRemover = new BoilerplateRemover(scorer);
        this.contentFinder = new MainContentFinder(scorer);
    }

    /**
     * Extracts the article of a page.
     *
     * @param page the parsed page; cleaned in place
     * @return the article, with at least one body or quote paragraph
     * @throws StageException at stage {@link Stage#EXTRACT} when the page holds no article text
     */
    public Article extract(Document page) {
        Objects.requireNonNull(page, "page must not be null");
        SiteProfile profile = profiles.forUrl(page.location()).orElse(null);
        if (profile != null) {
            profile.drop().forEach(selector -> page.select(selector).remove());
            if (profile.captions() != null) {
                // The collector reads elements with a caption class as captions.
                page.select(profile.captions()).addClass("caption");
            }
        }
        PageMarkup markup = PageMarkup.read(page);
        PageMetadata metadata = metadataReader.read(page, markup);
        BoilerplateRemover.removeNonContent(markup.nonContent());
        ElementScan scan = markup.scan();
        List<LeadFinder.Candidate> leadCandidates = leadFinder.candidates(page, scan.leadHinted(),
                metadata.description());
        CaptionFinder.PageCaptions captions = captionFinder.candidates(page, scan.captionLike());
        Element profileBody = profile == null || profile.body() == null ? null : page.selectFirst(profile.body());
        String title = firstText(page, profile == null ? null : profile.title(), metadata.title());
        String profileLead = firstText(page, profile == null ? null : profile.lead(), null);
        TextStats stats = boilerplateRemover.remove(page, scan.boilerplate());
        Element container = profileBody != null && profileBody.root() == page
                ? profileBody
                : contentFinder.find(page, stats).orElse(null);
        for (int attempt = 1; container != null; attempt++) {
            pruner.prune(container, stats);
            List<TextBlock> blocks = captionFinder.merge(captions, page, container, collector.collect(container));
            String lead = profileLead != null ? profileLead
                    : leadFinder.choose(leadCandidates, container, metadata.description(), blocks);
            List<Paragraph> paragraphs = filter.filter(blocks, title, lead, metadata.author());
            if (spansBody(lead, paragraphs)) {
                lead = null;
            }
            if (paragraphs.stream().anyMatch(ArticleExtractor::isText)) {
                // A page that shows only a teaser may carry the article in its JSON-LD (SCMP).
                return declaredArticle(title, metadata, paragraphs)
                        .orElse(new Article(title, lead, paragraphs, metadata.author(), metadata.publishedAt(),
                                metadata.modifiedAt(), metadata.section(), metadata.language(),
                                metadata.canonicalUrl(), metadata.siteName(), metadata.alternates()));
            }
            // The best block held only labels ("Advertisement" slots): try the next best once.
            container.remove();
            if (attempt == 2) {
                break;
            }
            stats = TextStats.of(page.body());
            container = contentFinder.find(page, stats).orElse(null);
        }
        return declaredArticle(title, metadata, List.of()).orElseThrow(ArticleExtractor::noArticleText);
    }

    /**
     * The article as the page's JSON-LD {@code articleBody} gives it, with the captions found on the
     * page, when that body holds at least {@link #MIN_DECLARED_BODY} characters and the page shows
     * under {@link #SHOWN_SHARE_OF_DECLARED} of it: for pages that show a teaser or nothing.
     * The body is split into paragraphs only then: most pages show their whole text.
     */
    private static Optional<Article> declaredArticle(String title, PageMetadata metadata, List<Paragraph> shown) {
        String body = metadata.articleBody();
        int shownLength = textLength(shown);
        // Splitting only shortens the body, so a page that shows enough of the raw text is done here.
        if (body == null || shownLength >= SHOWN_SHARE_OF_DECLARED * body.length()) {
            return Optional.empty();
        }
        List<String> declared = PageMetadataReader.bodyParagraphs(body);
        int declaredLength = declared.stream().mapToInt(String::length).sum();
        if (declaredLength < MIN_DECLARED_BODY || shownLength >= SHOWN_SHARE_OF_DECLARED * declaredLength) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        declared.forEach(text -> paragraphs.add(new Paragraph(ParagraphKind.BODY, text)));
        shown.stream().filter(p -> p.kind() == ParagraphKind.CAPTION).forEach(paragraphs::add);
        return Optional.of(new Article(title, null, paragraphs, metadata.author(), metadata.publishedAt(),
                metadata.modifiedAt(), metadata.section(), metadata.language(), metadata.canonicalUrl(),
                metadata.siteName(), metadata.alternates()));
    }

    /** Characters of body and quote text. */
    private static int textLength(List<Paragraph> paragraphs) {
        return paragraphs.stream().filter(ArticleExtractor::isText).mapToInt(p -> p.text().length()).sum();
    }

    /**
     * Whether a "lead" holds the first body paragraph whole: a summary element wrapped around the
     * story itself, whose text would otherwise reach the record twice.
     */
    private static boolean spansBody(String lead, List<Paragraph> paragraphs) {
        if (lead == null) {
            return false;
        }
        String leadKey = WhitespaceCollapser.comparisonKey(lead);
        for (Paragraph p : paragraphs) {
            if (isText(p)) {
                String first = WhitespaceCollapser.comparisonKey(p.text());
                return first.length() >= MIN_SPANNED_PARAGRAPH && leadKey.length() > first.length()
                        && leadKey.contains(first);
            }
        }
        return false;
    }

    /** The text of the first element matching {@code selector}, else {@code fallback}. */
    private static String firstText(Document page, String selector, String fallback) {
        if (selector == null) {
            return fallback;
        }
        Element element = page.selectFirst(selector);
        String text = element == null ? "" : WhitespaceCollapser.collapse(element.text());
        return text.isEmpty() ? fallback : text;
    }

    private static boolean isText(Paragraph paragraph) {
        return paragraph.kind() == ParagraphKind.BODY || paragraph.kind() == ParagraphKind.QUOTE;
    }

    private static StageException noArticleText() {
        return new StageException(Stage.EXTRACT, "no article text found on the page", Map.of(), null);
    }
}
