package dev.tandem.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Scores the extractor on the Fundus parser test pages, which unlike the other benchmarks separate
 * title, lead, body and captions, so each part of tandem's article model is measured on its own:
 * title exact match, lead token F1, body 4-shingle F1 (with and without the lead on both sides) and
 * caption recall; overall and per page language.
 *
 * <p>Data, read in place: {@code html_to_groundtruth.json} maps {@code <cc>/<file>.html.gz} to the
 * publisher JSON and version entry holding its expected extraction; {@code test_data/<cc>/meta.info}
 * gives each page's address. The expectations are the output of Fundus's per-site parsers, curated
 * but not an independent annotation. Fundus stores every page re-encoded as UTF-8, whatever its meta
 * tag says (cn/People declares GB2312 and would decode to mojibake), so pages are read as UTF-8.
 */
public final class FundusEvaluation {
    private static final String SEPARATOR = "\n\n";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<DatasetPage> pages;
    private final Map<String, FundusTruth> truths;

    private FundusEvaluation(List<DatasetPage> pages, Map<String, FundusTruth> truths) {
        this.pages = pages;
        this.truths = truths;
    }

    /** Whether {@code folder} holds the page-to-expectation map and the test pages. */
    public static boolean hasData(Path folder) {
        return Files.isRegularFile(folder.resolve("html_to_groundtruth.json"))
                && Files.isDirectory(folder.resolve("test_data"));
    }

    /** Reads every mapped page and its expectation into memory; unmapped or missing files are left out. */
    public static FundusEvaluation load(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path data = folder.resolve("test_data");
        JsonNode map = json.readTree(folder.resolve("html_to_groundtruth.json").toFile());
        Map<Path, JsonNode> jsonFiles = new HashMap<>();
        List<DatasetPage> pages = new ArrayList<>();
        Map<String, FundusTruth> truths = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            Path html = data.resolve(entry.getKey());
            Path expected = data.resolve(entry.getValue().path("json").asText());
            if (!Files.isRegularFile(html) || !Files.isRegularFile(expected)) {
                continue;
            }
            JsonNode versions = jsonFiles.computeIfAbsent(expected, p -> readJson(json, p));
            JsonNode version = versions.path(entry.getValue().path("version_key").asText());
            if (version.isMissingNode()) {
                continue;
            }
            JsonNode meta = jsonFiles.computeIfAbsent(html.resolveSibling("meta.info"), p -> readJson(json, p));
            String url = meta.path(html.getFileName().toString()).path("url").asText("");
            pages.add(DatasetPage.readGzip(entry.getKey(), url, StandardCharsets.UTF_8.name(), html));
            truths.put(entry.getKey(), FundusTruth.from(version));
        }
        pages.sort(Comparator.comparing(DatasetPage::id));
        return new FundusEvaluation(List.copyOf(pages), truths);
    }

    /** The pages, in memory, for timing. */
    public List<DatasetPage> pages() {
        return pages;
    }

    /** Extracts and scores every page. */
    public Result run(LenientExtractor extractor) {
        List<PageResult> results = new ArrayList<>();
        for (DatasetPage page : pages) {
            Document doc = page.parse();
            results.add(score(page, language(doc, page.id()), extractor.extract(doc), truths.get(page.id())));
        }
        return new Result(results);
    }

    private static PageResult score(DatasetPage page, String language, Article article, FundusTruth truth) {
        String title = article.title() == null ? "" : article.title();
        String lead = article.lead() == null ? "" : article.lead();
        boolean titleMatch = collapse(truth.title()).equals(collapse(title));
        double leadOverlap = truth.summary().isEmpty() ? Double.NaN : TokenOverlap.f1(truth.lead(), lead);
        List<String> ours = article.captions().stream().map(Paragraph::text).toList();
        List<String> missed = truth.captions().stream().filter(c -> !CaptionMatcher.found(c, ours)).toList();
        return new PageResult(page.id(), page.baseUri(), language, truth.title(), title, titleMatch,
                truth.lead(), lead, leadOverlap,
                ShingleScore.compare(truth.body(), ArticleText.textOnly(article, SEPARATOR)),
                ShingleScore.compare(truth.leadAndBody(), ArticleText.leadAndText(article, SEPARATOR)),
                truth.captions().size(), missed, ours.size(), LenientExtractor.isEmpty(article));
    }

    /** Primary subtag of {@code <html lang>}, lower-cased; else the page's country folder. */
    static String language(Document doc, String id) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty()) {
            int slash = id.indexOf('/');
            return slash > 0 ? id.substring(0, slash) : "?";
        }
        return lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static JsonNode readJson(ObjectMapper json, Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The scores of one page.
     *
     * @param file {@code <cc>/<file>.html.gz}
     * @param url the page's address
     * @param language its language (see {@link #language})
     * @param expectedTitle Fundus's title
     * @param title ours, empty when none
     * @param titleMatch whether they are equal after collapsing whitespace
     * @param expectedLead Fundus's summary, empty when none
     * @param lead ours, empty when none
     * @param leadOverlap token F1 of the leads; NaN when Fundus has no summary
     * @param body shingle score of sections against our text paragraphs
     * @param bodyWithLead the same with the lead prepended on both sides
     * @param captions Fundus's non-blank captions
     * @param missedCaptions those of them we did not find
     * @param ourCaptions how many captions we extracted
     * @param failed whether the extractor found no article text
     */
    public record PageResult(String file, String url, String language, String expectedTitle, String title,
            boolean titleMatch, String expectedLead, String lead, double leadOverlap, ShingleScore body,
            ShingleScore bodyWithLead, int captions, List<String> missedCaptions, int ourCaptions, boolean failed) {

        /** Whether Fundus has a summary for this page, so that the lead is scored. */
        public boolean hasLead() {
            return !Double.isNaN(leadOverlap);
        }

        /**
         * Mean of the page's scored parts (title 0/1, lead F1, body F1, share of captions found), the
         * order in which the worst pages are listed.
         */
        public double quality() {
            double sum = (titleMatch ? 1 : 0) + bodyWithLead.f1();
            int parts = 2;
            if (hasLead()) {
                sum += leadOverlap;
                parts++;
            }
            if (captions > 0) {
                sum += (double) (captions - missedCaptions.size()) / captions;
                parts++;
            }
            return sum / parts;
        }
    }

    /**
     * The scores of all pages.
     *
     * @param pages one per page, by file
     */
    public record Result(List<PageResult> pages) {
        public Result {
            pages = List.copyOf(pages);
        }

        /** The figures over all pages. */
        public FundusFigures overall() {
            return FundusFigures.of(pages);
        }

        /** The figures per page language, by language code. */
        public Map<String, FundusFigures> byLanguage() {
            Map<String, List<PageResult>> groups = new TreeMap<>();
            pages.forEach(p -> groups.computeIfAbsent(p.language(), k -> new ArrayList<>()).add(p));
            Map<String, FundusFigures> figures = new TreeMap<>();
            groups.forEach((lang, list) -> figures.put(lang, FundusFigures.of(list)));
            return figures;
        }

        /** The {@code n} pages of lowest {@link PageResult#quality()}, worst first. */
        public List<PageResult> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble(PageResult::quality)
                    .thenComparing(PageResult::file)).limit(n).toList();
        }
    }
}
