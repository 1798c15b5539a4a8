package dev.tandem.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the extractor on trafilatura's evaluation corpus, a snippet-presence test ({@link SnippetCheck}):
 * per document, a few passages of the main text that must appear in the output and a few of page
 * furniture (menus, related links, footers) that must not; counts pooled over all documents.
 *
 * <p>Data, read in place: {@code evaldata.json} ({@code {url: {"file", "with", "without"}}}) and the
 * pages as {@code cache/<file>.gz}, else {@code eval/<file>.gz}. Their encodings vary, so Jsoup
 * detects each one. Our text is lead plus every paragraph, captions included, as trafilatura's own
 * output includes captions.
 */
public final class TrafilaturaEvaluation {
    private static final String SEPARATOR = "\n";

    private final List<DatasetPage> pages;
    private final Map<String, Snippets> snippets;
    private final int missingFiles;

    private TrafilaturaEvaluation(List<DatasetPage> pages, Map<String, Snippets> snippets, int missingFiles) {
        this.pages = pages;
        this.snippets = snippets;
        this.missingFiles = missingFiles;
    }

    /** Whether {@code folder} holds the snippet file and a page folder. */
    public static boolean hasData(Path folder) {
        return Files.isRegularFile(folder.resolve("evaldata.json"))
                && (Files.isDirectory(folder.resolve("cache")) || Files.isDirectory(folder.resolve("eval")));
    }

    /** Reads every listed page and its snippets into memory; entries without a page file are counted. */
    public static TrafilaturaEvaluation load(Path folder) throws IOException {
        JsonNode root = new ObjectMapper().readTree(folder.resolve("evaldata.json").toFile());
        List<DatasetPage> pages = new ArrayList<>();
        Map<String, Snippets> snippets = new HashMap<>();
        int missing = 0;
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String file = entry.getValue().path("file").asText();
            Path page = pageFile(folder, file);
            if (file.isEmpty() || page == null) {
                missing++;
                continue;
            }
            // Some keys are labels such as "hard::site.html" rather than addresses.
            String url = entry.getKey().startsWith("http") ? entry.getKey() : "";
            pages.add(DatasetPage.readGzip(file, url, null, page));
            snippets.put(file, new Snippets(entry.getKey(), strings(entry.getValue().path("with")),
                    strings(entry.getValue().path("without"))));
        }
        pages.sort(Comparator.comparing(DatasetPage::id));
        return new TrafilaturaEvaluation(List.copyOf(pages), snippets, missing);
    }

    /** The pages, in memory, for timing. */
    public List<DatasetPage> pages() {
        return pages;
    }

    /** Extracts every page and checks its snippets. */
    public Result run(LenientExtractor extractor) {
        List<PageResult> results = new ArrayList<>();
        for (DatasetPage page : pages) {
            Article article = extractor.extract(page.parse());
            Snippets s = snippets.get(page.id());
            SnippetCheck check = SnippetCheck.of(ArticleText.leadAndAll(article, SEPARATOR), s.with(), s.without());
            results.add(new PageResult(page.id(), s.key(), check, LenientExtractor.isEmpty(article)));
        }
        return new Result(results, missingFiles);
    }

    private static Path pageFile(Path folder, String file) {
        for (String dir : List.of("cache", "eval")) {
            Path candidate = folder.resolve(dir).resolve(file + ".gz");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private record Snippets(String key, List<String> with, List<String> without) {
    }

    /**
     * The check of one document.
     *
     * @param file page file name (without {@code .gz})
     * @param key its key in {@code evaldata.json}, usually the address
     * @param check found, missing and leaked snippets
     * @param failed whether the extractor found no article text
     */
    public record PageResult(String file, String key, SnippetCheck check, boolean failed) {
    }

    /**
     * The checks of all documents.
     *
     * @param pages one per document, by file
     * @param missingFiles entries of {@code evaldata.json} whose page file is absent
     */
    public record Result(List<PageResult> pages, int missingFiles) {
        public Result {
            pages = List.copyOf(pages);
        }

        /** Counts pooled over all documents, as trafilatura reports them. */
        public SnippetScore score() {
            return pages.stream().map(p -> p.check().score()).reduce(SnippetScore.NONE, SnippetScore::plus);
        }

        /** Documents on which the extractor found nothing. */
        public long failures() {
            return pages.stream().filter(PageResult::failed).count();
        }

        /** The {@code n} documents with the most wrong snippets (missing plus leaked), worst first. */
        public List<PageResult> worst(int n) {
            return pages.stream().sorted(Comparator.comparingInt((PageResult p) -> -errors(p))
                    .thenComparingDouble(p -> p.check().score().f1()).thenComparing(PageResult::file))
                    .limit(n).toList();
        }

        private static int errors(PageResult page) {
            SnippetScore s = page.check().score();
            return s.falseNegatives() + s.falsePositives();
        }
    }
}
