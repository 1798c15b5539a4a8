package dev.tandem.align.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the line-aligned corpora in {@code ../shared/data/parallel} into articles: NTREX-128
 * (WMT19 news, grouped by {@code DOCUMENT_IDS.tsv}) and FLORES-200 devtest (grouped by the article
 * address in {@code metadata_devtest.tsv}). Languages are named by ISO 639-1 code.
 */
public final class ParallelCorpus {
    /** NTREX file names; English is the original the others were translated from. */
    private static final Map<String, String> NTREX_FILES = Map.of(
            "en", "newstest2019-src.eng.txt", "vi", "newstest2019-ref.vie.txt", "fr", "newstest2019-ref.fra.txt",
            "de", "newstest2019-ref.deu.txt", "es", "newstest2019-ref.spa.txt", "zh", "newstest2019-ref.zho-CN.txt",
            "ru", "newstest2019-ref.rus.txt", "ja", "newstest2019-ref.jpn.txt", "ar", "newstest2019-ref.arb.txt");
    private static final Map<String, String> FLORES_FILES = Map.of(
            "en", "eng_Latn.devtest", "vi", "vie_Latn.devtest", "fr", "fra_Latn.devtest", "de", "deu_Latn.devtest",
            "es", "spa_Latn.devtest", "zh", "zho_Hans.devtest", "ru", "rus_Cyrl.devtest", "ja", "jpn_Jpan.devtest",
            "ar", "arb_Arab.devtest");

    /** The languages both corpora hold, English first. */
    public static final List<String> LANGUAGES = List.of("en", "vi", "fr", "de", "es", "zh", "ru", "ja", "ar");

    private ParallelCorpus() {
    }

    /** The languages both corpora hold. */
    public static boolean supports(String language) {
        return NTREX_FILES.containsKey(language);
    }

    /** Whether {@code parallel} holds both corpora. */
    public static boolean hasData(Path parallel) {
        return Files.isRegularFile(parallel.resolve("ntrex128/DOCUMENT_IDS.tsv"))
                && Files.isRegularFile(parallel.resolve("flores200/metadata_devtest.tsv"));
    }

    /** NTREX-128's 123 articles in the two languages. */
    public static List<ParallelDocument> ntrex(Path parallel, String source, String target) throws IOException {
        Path folder = parallel.resolve("ntrex128");
        List<String> ids = lines(folder.resolve("DOCUMENT_IDS.tsv"));
        return group(ids, lines(folder.resolve("NTREX-128").resolve(file(NTREX_FILES, source))),
                lines(folder.resolve("NTREX-128").resolve(file(NTREX_FILES, target))));
    }

    /** FLORES-200 devtest's 281 short articles in the two languages. */
    public static List<ParallelDocument> flores(Path parallel, String source, String target) throws IOException {
        Path folder = parallel.resolve("flores200");
        List<String> metadata = lines(folder.resolve("metadata_devtest.tsv"));
        List<String> urls = metadata.subList(1, metadata.size()).stream().map(row -> row.split("\t", 2)[0]).toList();
        return group(urls, lines(folder.resolve("devtest").resolve(file(FLORES_FILES, source))),
                lines(folder.resolve("devtest").resolve(file(FLORES_FILES, target))));
    }

    private static String file(Map<String, String> files, String language) {
        String file = files.get(language);
        if (file == null) {
            throw new IllegalArgumentException("no parallel text in language '" + language + "'");
        }
        return file;
    }

    /** Consecutive lines with the same id make one document. */
    private static List<ParallelDocument> group(List<String> ids, List<String> source, List<String> target) {
        if (ids.size() != source.size() || ids.size() != target.size()) {
            throw new IllegalArgumentException("corpus files differ in length: " + ids.size() + " ids, "
                    + source.size() + " source and " + target.size() + " target lines");
        }
        List<ParallelDocument> documents = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ids.size(); i++) {
            if (i == ids.size() || !ids.get(i).equals(ids.get(start))) {
                documents.add(new ParallelDocument(ids.get(start), source.subList(start, i), target.subList(start, i)));
                start = i;
            }
        }
        return documents;
    }

    /** The file's lines without line ends (NTREX has CRLF) or a byte-order mark. */
    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(line.replace("\r", "").replace("\ufeff", "").strip());
        }
        return lines;
    }
}
