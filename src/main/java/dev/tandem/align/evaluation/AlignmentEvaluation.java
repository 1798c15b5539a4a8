package dev.tandem.align.evaluation;

import dev.tandem.align.Bead;
import dev.tandem.align.NumbersAndDates;
import dev.tandem.align.SentenceAligner;
import dev.tandem.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds the alignment cases of a language pair from both corpora with a fixed seed and scores
 * each aligner on them: Gale-Church, the baseline, and tandem's sentence aligner.
 */
public final class AlignmentEvaluation {
    /** Where {@code ../shared/data/parallel} is, relative to the project root. */
    public static final Path DEFAULT_DATA_DIR = Path.of("..", "shared", "data", "parallel");
    /** The seed the README's figures come from. */
    public static final long DEFAULT_SEED = 20261128L;
    private static final long WARM_UP_NANOS = 6_000_000_000L;
    private static final int TIMED_PASSES = 5;

    private AlignmentEvaluation() {
    }

    /** The aligners compared, by name: each maps a case to its beads over the case's sentences. */
    public static Map<String, Function<AlignmentCase, List<Bead>>> aligners(String sourceLanguage,
            String targetLanguage) {
        Map<String, Function<AlignmentCase, List<Bead>>> aligners = new LinkedHashMap<>();
        GaleChurchAligner galeChurch = new GaleChurchAligner();
        SentenceAligner sentences = new SentenceAligner(sourceLanguage, targetLanguage);
        aligners.put("Gale-Church", c -> galeChurch.align(c.sourceSentences(), c.targetSentences()));
        aligners.put("sentences", c -> sentences.align(c.sourceSentences(), c.targetSentences()));
        return aligners;
    }

    /**
     * The cases of one corpus and pair. Each document gets a sentence of the next document as its
     * addition, so the added sentence is in the target language and about something else.
     */
    public static List<AlignmentCase> cases(List<ParallelDocument> documents, String targetLanguage, long seed,
            CaseBuilder.Changes changes) {
        Random random = new Random(seed);
        CaseBuilder builder = new CaseBuilder(random, targetLanguage, changes);
        List<AlignmentCase> cases = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            ParallelDocument other = documents.get((d + 1) % documents.size());
            cases.add(builder.build(documents.get(d), other.target()));
        }
        return cases;
    }

    /** Reads a corpus: {@code ntrex} or {@code flores}. */
    public static List<ParallelDocument> corpus(Path data, String corpus, String source, String target)
            throws IOException {
        return switch (corpus) {
            case "ntrex" -> ParallelCorpus.ntrex(data, source, target);
            case "flores" -> ParallelCorpus.flores(data, source, target);
            default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "'");
        };
    }

    /** One aligner's result on one corpus and pair. */
    public record Row(String corpus, String pair, String aligner, int cases, int sentences, AlignmentScore score,
            long nanos) {
        /** Source and target sentences aligned per second. */
        public double sentencesPerSecond() {
            return nanos == 0 ? 0 : sentences * 1e9 / nanos;
        }
    }

    /** The score of the beads predicted for each case. */
    public static AlignmentScore score(List<AlignmentCase> cases, List<List<Bead>> predicted) {
        AlignmentScore score = AlignmentScore.empty();
        for (int i = 0; i < cases.size(); i++) {
            score = score.plus(AlignmentScore.of(predicted.get(i), cases.get(i).truth()));
        }
        return score;
    }

    /** Scores every aligner on the cases. */
    public static List<Row> run(String corpus, String pair, List<AlignmentCase> cases) {
        int sentences = cases.stream().mapToInt(c -> c.sourceSentences().size() + c.targetSentences().size()).sum();
        List<Row> rows = new ArrayList<>();
        String[] languages = pair.split("-");
        for (Map.Entry<String, Function<AlignmentCase, List<Bead>>> aligner
                : aligners(languages[0], languages[1]).entrySet()) {
            // Untimed passes warm up the JIT (a few passes of 62 articles were not enough for the
            // first pair measured); the time is the median of the timed passes.
            long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
            do {
                cases.forEach(aligner.getValue()::apply);
            } while (System.nanoTime() < warmUpEnd);
            List<List<Bead>> predicted = new ArrayList<>();
            long[] passes = new long[TIMED_PASSES];
            for (int pass = 0; pass < TIMED_PASSES; pass++) {
                predicted.clear();
                long start = System.nanoTime();
                for (AlignmentCase c : cases) {
                    // Each document as new to the aligner, as in the service: the sentences the
                    // last pass read are not remembered (the timed passes align the same cases).
                    NumbersAndDates.forgetSentences();
                    Lexicon.forgetRecentSentences();
                    predicted.add(aligner.getValue().apply(c));
                }
                passes[pass] = System.nanoTime() - start;
            }
            Arrays.sort(passes);
            long nanos = passes[TIMED_PASSES / 2];
            AlignmentScore score = score(cases, predicted);
            rows.add(new Row(corpus, pair, aligner.getKey(), cases.size(), sentences, score, nanos));
        }
        return rows;
    }
}
