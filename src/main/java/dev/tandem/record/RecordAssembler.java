package dev.tandem.record;

import dev.tandem.align.Bead;
import dev.tandem.align.DocumentAligner;
import dev.tandem.check.Checker;
import dev.tandem.fetch.Provenance;
import dev.tandem.ingest.Translation;
import dev.tandem.language.LanguageGuess;
import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.record.ReviewRecord.Language;
import dev.tandem.record.ReviewRecord.Pair;
import dev.tandem.record.ReviewRecord.Sentence;
import dev.tandem.record.ReviewRecord.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Lays an original and its translation out as the units a reviewer reads (lead, paragraphs,
 * captions, each with an id) and assembles the {@link ReviewRecord} from them and the beads the
 * aligner found.
 */
public final class RecordAssembler {
    /** The units of one side, split as the aligner sees them. */
    public record Units(List<Paragraph> text, List<Paragraph> captions, boolean leadFirst) {
        /** Texts of the non-caption units, in order. */
        public List<String> textStrings() {
            return text.stream().map(Paragraph::text).toList();
        }

        /** Texts of the captions, in order. */
        public List<String> captionStrings() {
            return captions.stream().map(Paragraph::text).toList();
        }

        /** All the text, for document-level language detection. */
        public String joined() {
            return String.join("\n", textStrings());
        }
    }

    /** Everything a record is made of. */
    public record Parts(
            String id,
            Translation translation,
            Article source,
            Provenance fetch,
            LanguageGuess sourceLanguage,
            LanguageGuess translationLanguage,
            Function<String, LanguageGuess> unitLanguage,
            DocumentAligner.Alignment text,
            List<Bead> captionBeads,
            String alignmentMethod,
            Checker.Report checks,
            int revision,
            String createdAt) {
    }

    /** The units of {@code article}: the lead first when it has one, then its paragraphs. */
    public static Units unitsOf(Article article) {
        List<Paragraph> text = new ArrayList<>();
        boolean lead = article.lead() != null && !article.lead().isBlank();
        if (lead) {
            text.add(Paragraph.body(article.lead()));
        }
        text.addAll(article.textParagraphs());
        return new Units(text, article.captions(), lead);
    }

    /** Builds the record. */
    public ReviewRecord assemble(Parts parts) {
        Translation t = parts.translation();
        Units sourceUnits = unitsOf(parts.source());
        Units targetUnits = unitsOf(t.article());
        DocumentAligner.Alignment text = parts.text();
        List<Unit> sourceParagraphs = units("s", sourceUnits.text(), text.sourceSentences(), sourceUnits.leadFirst(),
                parts.unitLanguage());
        List<Unit> sourceCaptions = units("sc", sourceUnits.captions(), null, false, parts.unitLanguage());
        List<Unit> targetParagraphs = units("t", targetUnits.text(), text.targetSentences(), targetUnits.leadFirst(),
                parts.unitLanguage());
        List<Unit> targetCaptions = units("tc", targetUnits.captions(), null, false, parts.unitLanguage());

        Article s = parts.source();
        String id = parts.id();
        String translationIri = RecordContext.translationIri(t.url(), id);
        ReviewRecord.SourceSide source = new ReviewRecord.SourceSide(t.sourceUrl().toString(), s.canonicalUrl(),
                s.siteName(), s.title(), s.author(), s.publishedAt(), s.declaredLanguage(),
                language(parts.sourceLanguage()), sourceParagraphs, sourceCaptions, parts.fetch(), translationIri);
        ReviewRecord.TranslationSide translation = new ReviewRecord.TranslationSide(t.file(), t.url(), t.format(),
                t.sha256(), t.article().title(), t.article().declaredLanguage(), language(parts.translationLanguage()),
                targetParagraphs, targetCaptions, t.metadata(), translationIri, t.sourceUrl().toString());
        List<Pair> paragraphPairs = pairs(text.paragraphs(), ids(sourceParagraphs), ids(targetParagraphs));
        List<Pair> sentencePairs = pairs(text.sentences(), sentenceIds(sourceParagraphs),
                sentenceIds(targetParagraphs));
        List<Pair> captionPairs = pairs(parts.captionBeads(), ids(sourceCaptions), ids(targetCaptions));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put("paragraphs", counts(paragraphPairs));
        counts.put("sentences", counts(sentencePairs));
        counts.put("captions", counts(captionPairs));
        ReviewRecord.Alignment alignment = new ReviewRecord.Alignment(parts.alignmentMethod(), paragraphPairs,
                sentencePairs, captionPairs, counts);
        return new ReviewRecord(id, ReviewRecord.VERSION,
                parts.revision(), parts.createdAt(), source, translation, alignment, parts.checks(), ReviewRecord.Review.pending());
    }

    /**
     * The units of one side, with ids {@code prefix1, prefix2, ...}; each lists its sentences when
     * {@code sentences} gives them, and is one sentence otherwise.
     */
    private static List<Unit> units(String prefix, List<Paragraph> paragraphs, List<List<String>> sentences,
            boolean leadFirst, Function<String, LanguageGuess> detect) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String kind = i == 0 && leadFirst ? "lead" : p.kind().name().toLowerCase(Locale.ROOT);
            String id = prefix + (i + 1);
            List<String> texts = sentences == null ? List.of(p.text()) : sentences.get(i);
            List<Sentence> unitSentences = new ArrayList<>(texts.size());
            for (int k = 0; k < texts.size(); k++) {
                unitSentences.add(new Sentence(id + "." + (k + 1), texts.get(k)));
            }
            units.add(new Unit(id, kind, p.text(), language(detect.apply(p.text())), unitSentences));
        }
        return units;
    }

    private static List<String> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    /** The ids of every sentence of the units, in order. */
    private static List<String> sentenceIds(List<Unit> units) {
        return units.stream().flatMap(u -> u.sentences().stream()).map(Sentence::id).toList();
    }

    private static List<Pair> pairs(List<Bead> beads, List<String> sourceIds, List<String> targetIds) {
        List<Pair> pairs = new ArrayList<>();
        for (Bead b : beads) {
            pairs.add(new Pair(b.type(), b.source().stream().map(sourceIds::get).toList(),
                    b.target().stream().map(targetIds::get).toList(), b.score()));
        }
        return pairs;
    }

    private static Map<String, Integer> counts(List<Pair> pairs) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Pair p : pairs) {
            counts.merge(p.type(), 1, Integer::sum);
        }
        return counts;
    }

    private static Language language(LanguageGuess guess) {
        return new Language(guess.code(), guess.confidence());
    }
}
