package dev.tandem.align;

import dev.tandem.lexicon.WordTables;
import dev.tandem.segment.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns an article and its translation, paragraphs and sentences, with the {@link SentenceAligner}.
 * The paragraphs are split into sentences, and the sentences of the whole text are aligned in one
 * pass; a paragraph bead is then a group of paragraphs that sentence beads link, and a paragraph
 * no sentence bead links to the other side is an omission or an addition. Translators merge and
 * split paragraphs freely, so the sentences decide the paragraphs, not the other way round.
 *
 * <p>Immutable and thread-safe: build one per language pair and share it.
 */
public final class DocumentAligner {
    private final SentenceSplitter sourceSplitter;
    private final SentenceSplitter targetSplitter;
    private final SentenceAligner aligner;

    /** An aligner for a language pair, as ISO 639-1 codes, with the word tables shipped with tandem. */
    public DocumentAligner(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, WordTables.shipped());
    }

    /** An aligner for a language pair that weighs beads with {@code tables} (a newsroom's glossary, say). */
    public DocumentAligner(String sourceLanguage, String targetLanguage, WordTables tables) {
        this.sourceSplitter = SentenceSplitter.forLanguage(sourceLanguage);
        this.targetSplitter = SentenceSplitter.forLanguage(targetLanguage);
        this.aligner = new SentenceAligner(sourceLanguage, targetLanguage, tables);
    }

    /**
     * The alignment of two texts.
     *
     * @param sourceSentences each source paragraph's sentences
     * @param targetSentences each target paragraph's sentences
     * @param sentences beads over the sentences, numbered from 0 across paragraphs
     * @param paragraphs beads over the paragraphs; a bead's score is the lowest of its sentence beads'
     */
    public record Alignment(List<List<String>> sourceSentences, List<List<String>> targetSentences,
            List<Bead> sentences, List<Bead> paragraphs) {
    }

    /** Aligns units one to one as sentences, without splitting them: for captions. */
    public List<Bead> alignUnits(List<String> source, List<String> target) {
        return aligner.align(source, target);
    }

    /** Aligns the paragraphs {@code source} with {@code target}. */
    public Alignment align(List<String> source, List<String> target) {
        List<List<String>> sourceSentences = split(source, sourceSplitter);
        List<List<String>> targetSentences = split(target, targetSplitter);
        List<Bead> sentences = aligner.align(flatten(sourceSentences), flatten(targetSentences));
        return new Alignment(sourceSentences, targetSentences, sentences,
                paragraphs(sentences, owners(sourceSentences), owners(targetSentences), source.size()));
    }

    /** Each paragraph's sentences; a paragraph the splitter finds no sentence in stays whole. */
    private static List<List<String>> split(List<String> paragraphs, SentenceSplitter splitter) {
        List<List<String>> split = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            List<String> sentences = splitter.split(paragraph);
            split.add(sentences.isEmpty() ? List.of(paragraph) : sentences);
        }
        return split;
    }

    private static List<String> flatten(List<List<String>> paragraphs) {
        return paragraphs.stream().flatMap(List::stream).toList();
    }

    /** The paragraph each sentence belongs to, by the sentence's index across paragraphs. */
    private static int[] owners(List<List<String>> paragraphs) {
        int[] owners = new int[paragraphs.stream().mapToInt(List::size).sum()];
        int k = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int s = 0; s < paragraphs.get(p).size(); s++) {
                owners[k++] = p;
            }
        }
        return owners;
    }

    /**
     * Groups of paragraphs the sentence beads link. Paragraphs are numbered source first, then
     * target after {@code sourceParagraphs}; a union-find joins those one bead spans, and the
     * groups come out in the order the beads first reach them, which is the text's order since
     * beads are monotone.
     */
    private static List<Bead> paragraphs(List<Bead> sentences, int[] sourceOwner, int[] targetOwner,
            int sourceParagraphs) {
        int total = sourceParagraphs + (targetOwner.length == 0 ? 0 : targetOwner[targetOwner.length - 1] + 1);
        int[] parent = new int[Math.max(total, 1)];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Bead bead : sentences) {
            int first = -1;
            for (int node : nodes(bead, sourceOwner, targetOwner, sourceParagraphs)) {
                if (first < 0) {
                    first = node;
                } else {
                    parent[find(parent, node)] = find(parent, first);
                }
            }
        }
        Map<Integer, List<Integer>> sourceOf = new LinkedHashMap<>();
        Map<Integer, List<Integer>> targetOf = new LinkedHashMap<>();
        Map<Integer, Double> scoreOf = new LinkedHashMap<>();
        for (Bead bead : sentences) {
            int root = -1;
            for (int node : nodes(bead, sourceOwner, targetOwner, sourceParagraphs)) {
                root = find(parent, node);
                List<Integer> side = node < sourceParagraphs
                        ? sourceOf.computeIfAbsent(root, r -> new ArrayList<>())
                        : targetOf.computeIfAbsent(root, r -> new ArrayList<>());
                int paragraph = node < sourceParagraphs ? node : node - sourceParagraphs;
                if (!side.contains(paragraph)) {
                    side.add(paragraph);
                }
            }
            scoreOf.merge(root, bead.score(), Math::min);
        }
        List<Bead> paragraphs = new ArrayList<>();
        for (Map.Entry<Integer, Double> group : scoreOf.entrySet()) {
            List<Integer> source = sourceOf.getOrDefault(group.getKey(), List.of());
            List<Integer> target = targetOf.getOrDefault(group.getKey(), List.of());
            paragraphs.add(new Bead(source.stream().sorted().toList(), target.stream().sorted().toList(),
                    group.getValue()));
        }
        return paragraphs;
    }

    /** The paragraph nodes a sentence bead touches. */
    private static List<Integer> nodes(Bead bead, int[] sourceOwner, int[] targetOwner, int sourceParagraphs) {
        List<Integer> nodes = new ArrayList<>(4);
        bead.source().forEach(i -> nodes.add(sourceOwner[i]));
        bead.target().forEach(j -> nodes.add(sourceParagraphs + targetOwner[j]));
        return nodes;
    }

    private static int find(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }
}
