package dev.tandem.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the extractor on Zyte's article-extraction-benchmark: 4-token shingle precision and recall
 * of the article body per page ({@link ShingleScore}), averaged over pages, F1 of the averages; the
 * benchmark's own metric, so figures compare with its published table.
 *
 * <p>Data, read in place: {@code ground-truth.json} ({@code {id: {"articleBody", "url"}}}) and
 * {@code html/<id>.html.gz} (UTF-8). The annotated body excludes the headline and, as far as the
 * annotation goes, captions; so the prediction is lead plus body, heading and quote paragraphs,
 * joined by blank lines. The score with captions added is kept for information.
 */
public final class AebEvaluation {
    private static final String SEPARATOR = "\n\n";

    private final List<DatasetPage> pages;
    private final Map<String, String> truths;

    private AebEvaluation(List<DatasetPage> pages, Map<String, String> truths) {
        this.pages = pages;
        this.truths = truths;
    }

    /** Whether {@code folder} holds the benchmark's ground truth and pages. */
    public static boolean hasData(Path folder) {
        return Files.isRegularFile(folder.resolve("ground-truth.json")) && Files.isDirectory(folder.resolve("html"));
    }

    /**
     * Reads the ground truth and every page it lists into memory; pages whose file is missing are
     * left out.
     */
    public static AebEvaluation load(Path folder) throws IOException {
        JsonNode root = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        List<DatasetPage> pages = new ArrayList<>();
        Map<String, String> truths = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Path file = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String url = entry.getValue().path("url").asText("");
            pages.add(DatasetPage.readGzip(entry.getKey(), url, StandardCharsets.UTF_8.name(), file));
            truths.put(entry.getKey(), entry.getValue().path("articleBody").asText(""));
        }
        pages.sort(Comparator.comparing(DatasetPage::id));
        return new AebEvaluation(List.copyOf(pages), truths);
    }

    /** The pages, in memory, for timing. */
    public List<DatasetPage> pages() {
        return pages;
    }

    /** Extracts and scores every page. */
    public Result run(LenientExtractor extractor) {
        List<PageResult> results = new ArrayList<>();
        for (DatasetPage page : pages) {
            Article article = extractor.extract(page.parse());
            String truth = truths.get(page.id());
            String predicted = ArticleText.leadAndText(article, SEPARATOR);
            results.add(new PageResult(page.id(), page.baseUri(), ShingleScore.compare(truth, predicted),
                    ShingleScore.compare(truth, ArticleText.leadAndAll(article, SEPARATOR)),
                    WordTokenizer.tokens(truth).size(), WordTokenizer.tokens(predicted).size(),
                    LenientExtractor.isEmpty(article)));
        }
        return new Result(results);
    }

    /**
     * The score of one page.
     *
     * @param id the page's hash
     * @param url the page's address
     * @param score lead and text against the annotated body
     * @param withCaptions the same with captions included
     * @param trueTokens tokens in the annotated body
     * @param predictedTokens tokens in our text
     * @param failed whether the extractor found no article text at all
     */
    public record PageResult(String id, String url, ShingleScore score, ShingleScore withCaptions,
            int trueTokens, int predictedTokens, boolean failed) {
    }

    /**
     * The scores of all pages.
     *
     * @param pages one per page, by id
     */
    public record Result(List<PageResult> pages) {
        public Result {
            pages = List.copyOf(pages);
        }

        /** The benchmark figure: mean precision, mean recall, and F1 of the two. */
        public ShingleScore score() {
            return ShingleScore.mean(pages.stream().map(PageResult::score).toList());
        }

        /** The same with captions counted as body, for information. */
        public ShingleScore scoreWithCaptions() {
            return ShingleScore.mean(pages.stream().map(PageResult::withCaptions).toList());
        }

        /** Pages on which the extractor found nothing. */
        public long failures() {
            return pages.stream().filter(PageResult::failed).count();
        }

        /** The {@code n} pages with the lowest F1, worst first. */
        public List<PageResult> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble((PageResult p) -> p.score().f1())
                    .thenComparing(PageResult::id)).limit(n).toList();
        }
    }
}
