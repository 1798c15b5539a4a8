package dev.tandem.align.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Learns {@link dev.tandem.align.LengthModel}'s table from NTREX-128: for each ordered pair of
 * its languages, the ratio of target to source characters over all sentences, and the mean
 * squared length difference per source character, measured as the model measures it.
 */
public final class LengthLearner {
    private LengthLearner() {
    }

    /** The table, as the model reads it: a comment header, then one tab-separated row per pair. */
    public static String table(Path parallel) throws IOException {
        StringBuilder table = new StringBuilder()
                .append("# Length model per language pair, learned from NTREX-128 (WMT19 news, CC BY-SA 4.0),\n")
                .append("# one sentence pair per line. Written by: java -jar target/tandem.jar eval-alignment --learn-lengths FILE\n")
                .append("# source\ttarget\tratio (target chars per source char)\tvariance per source char\tsentences\n");
        for (String source : ParallelCorpus.LANGUAGES) {
            for (String target : ParallelCorpus.LANGUAGES) {
                if (!source.equals(target)) {
                    List<ParallelDocument> documents = ParallelCorpus.ntrex(parallel, source, target);
                    table.append(row(source, target, documents));
                }
            }
        }
        return table.toString();
    }

    private static String row(String source, String target, List<ParallelDocument> documents) {
        double sourceChars = 0;
        double targetChars = 0;
        int sentences = 0;
        for (ParallelDocument document : documents) {
            for (int i = 0; i < document.source().size(); i++) {
                sourceChars += document.source().get(i).length();
                targetChars += document.target().get(i).length();
                sentences++;
            }
        }
        double ratio = targetChars / sourceChars;
        double squares = 0;
        for (ParallelDocument document : documents) {
            for (int i = 0; i < document.source().size(); i++) {
                double s = document.source().get(i).length();
                double expected = document.target().get(i).length() / ratio;
                squares += (expected - s) * (expected - s) / Math.max(1, (s + expected) / 2);
            }
        }
        return String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.3f\t%d%n", source, target, ratio, squares / sentences,
                sentences);
    }
}
