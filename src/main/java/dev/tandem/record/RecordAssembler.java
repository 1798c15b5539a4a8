package dev.tandem.record;

import dev.tandem.align.Bead;
import dev.tandem.fetch.Provenance;
import dev.tandem.ingest.Translation;
import dev.tandem.language.LanguageGuess;
import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import dev.tandem.record.ReviewRecord.Language;
import dev.tandem.record.ReviewRecord.Pair;
import dev.tandem.record.ReviewRecord.Unit;
import java.util.ArrayList;
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
            Translation translation,
            Article source,
            Provenance fetch,
            LanguageGuess sourceLanguage,
            LanguageGuess translationLanguage,
            Function<String, LanguageGuess> unitLanguage,
            List<Bead> paragraphBeads,
            List<Bead> captionBeads,
            String alignmentMethod,
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
        List<Unit> sourceParagraphs = units("s", sourceUnits.text(), sourceUnits.leadFirst(), parts.unitLanguage());
        List<Unit> sourceCaptions = units("sc", sourceUnits.captions(), false, parts.unitLanguage());
        List<Unit> targetParagraphs = units("t", targetUnits.text(), targetUnits.leadFirst(), parts.unitLanguage());
        List<Unit> targetCaptions = units("tc", targetUnits.captions(), false, parts.unitLanguage());

        Article s = parts.source();
        ReviewRecord.SourceSide source = new ReviewRecord.SourceSide(t.sourceUrl().toString(), s.canonicalUrl(),
                s.siteName(), s.title(), s.author(), s.publishedAt(), s.declaredLanguage(),
                language(parts.sourceLanguage()), sourceParagraphs, sourceCaptions, parts.fetch());
        ReviewRecord.TranslationSide translation = new ReviewRecord.TranslationSide(t.file(), t.url(), t.format(),
                t.sha256(), t.article().title(), t.article().declaredLanguage(), language(parts.translationLanguage()),
                targetParagraphs, targetCaptions, t.metadata());
        List<Pair> paragraphPairs = pairs(parts.paragraphBeads(), "s", "t");
        List<Pair> captionPairs = pairs(parts.captionBeads(), "sc", "tc");
        ReviewRecord.Alignment alignment = new ReviewRecord.Alignment(parts.alignmentMethod(), paragraphPairs,
                captionPairs, counts(paragraphPairs, captionPairs));
        return new ReviewRecord(RecordIds.of(t.sourceUrl().toString(), t.identity()), ReviewRecord.VERSION,
                parts.createdAt(), source, translation, alignment, ReviewRecord.Review.pending());
    }

    private static List<Unit> units(String prefix, List<Paragraph> paragraphs, boolean leadFirst,
            Function<String, LanguageGuess> detect) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String kind = i == 0 && leadFirst ? "lead" : p.kind().name().toLowerCase(Locale.ROOT);
            units.add(new Unit(prefix + (i + 1), kind, p.text(), language(detect.apply(p.text()))));
        }
        return units;
    }

    private static List<Pair> pairs(List<Bead> beads, String sourcePrefix, String targetPrefix) {
        List<Pair> pairs = new ArrayList<>();
        for (Bead b : beads) {
            pairs.add(new Pair(b.type(), ids(sourcePrefix, b.source()), ids(targetPrefix, b.target()), b.score()));
        }
        return pairs;
    }

    private static List<String> ids(String prefix, List<Integer> indexes) {
        return indexes.stream().map(i -> prefix + (i + 1)).toList();
    }

    private static Map<String, Integer> counts(List<Pair> paragraphs, List<Pair> captions) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Pair> list : List.of(paragraphs, captions)) {
            for (Pair p : list) {
                counts.merge(p.type(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Language language(LanguageGuess guess) {
        return new Language(guess.code(), guess.confidence());
    }
}
