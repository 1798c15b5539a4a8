package dev.tandem.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a bead costs the {@link SentenceAligner}'s search, besides its shape's prior, for one
 * document: how far its lengths are from those the {@link LengthModel} expects, how well the
 * numbers, dates, names, addresses, quotations and questions of its two sides agree
 * ({@link NumbersAndDates}, {@link NameKeys}, {@link TextMarks}), and how much of its words the
 * other side translates ({@link LexicalCoverage}). Everything a bead is asked about is read once
 * per document: the search asks about every cell and shape.
 */
final class BeadCosts {
    /**
     * Cost of each number or date present on one side of a bead only, and gain of each fact both
     * sides share. Set with eval-alignment on the development cases (vi→fr, zh→fr): 1.2 / 0.8 gave
     * NTREX bead F1 0.885 and FLORES 0.411; 2.5 / 2.0 gave 0.904 and 0.471 (every kind of change
     * in every document).
     */
    private static final double UNMATCHED_FACT = 2.5;
    /**
     * The most that facts on one side only can cost a bead, per sentence of its longer side.
     * Translations convert units (1,000 pounds, 450 kg) and shorten lists (802.11a, b and g):
     * uncapped, such a sentence pair costs more than an omission and an addition. A cap of 4 or 5
     * lifted FLORES vi→fr bead F1 from 0.917 to 0.92, and the precision of omissions from 0.70 to
     * 0.74. The same cap for a merged bead as for a 1-1 let an omitted sentence's numbers hide in
     * its neighbour's bead; 4 per sentence found NTREX vi→fr omissions with recall 1.000 rather
     * than 0.960 (README, "Alignment").
     */
    private static final double MOST_UNMATCHED = 4;
    private static final double MATCHED_FACT = 2.0;
    /**
     * The most shared facts a 2-2 bead is credited with. Against the two 1-1 beads it could be
     * split into, a 2-2 bead also gains the facts a translator moved across the sentence boundary
     * (a name in the other sentence), and with 11 of them outweighed its prior of 0.001 on NTREX
     * vi→fr. Caps of 4, 6, 8 and 10 gave NTREX vi→fr bead F1 0.998 against 0.997, zh→fr 0.986
     * against 0.985, FLORES unchanged; 12 changed nothing. Capping merges and splits too (4 per
     * sentence of the longer side) lifted NTREX zh→fr to 0.990 but cost FLORES vi→fr (0.994 to
     * 0.988 at 2 per sentence).
     */
    private static final int MOST_SHARED_IN_TWO_TWO = 8;

    /**
     * Weight of the word tables' evidence in a paired bead's cost, {@code WEIGHT * (NEUTRAL - coverage)}.
     * Fitted on NTREX vi→fr and zh→fr (bead F1; README lists every value tried): weight 0 gave 0.978
     * and 0.954; with neutral 0.5, weight 3 gave 0.984 and 0.964, 6 gave 0.982 and 0.968, 10 gave
     * 0.979 and 0.958; with neutral 0.4, weight 6 gave 0.986 and 0.970, 8 gave 0.988 and 0.977,
     * 10 gave 0.988 and 0.979 (and FLORES vi→fr 0.991 against 0.986).
     * Charging each unrendered word and crediting each rendered one instead (a log-likelihood
     * ratio per word) favoured merged beads, which hold more words: NTREX vi→fr fell to 0.40-0.66.
     */
    static final double LEXICAL_WEIGHT = 10;
    /** The coverage at which the word tables neither favour nor oppose a bead; see {@link #LEXICAL_WEIGHT}. */
    static final double LEXICAL_NEUTRAL = 0.4;

    /**
     * Charge on an addition per unit of the share of its words that a source sentence next to it
     * renders, above {@link #ADDITION_NEUTRAL}. Fitted on NTREX and FLORES vi→fr and zh→fr (README,
     * "Alignment", lists every value tried): 6 above 0.25 found NTREX vi→fr additions with
     * precision 1.000 rather than 0.833, at the same recall. An added sentence from another
     * article shares a quarter of its words with its neighbours' sources at the median (FLORES
     * vi→fr 0.29, NTREX 0.25); a sentence's own original renders two thirds of them.
     */
    private static final double ADDITION_WEIGHT = 6;
    private static final double ADDITION_NEUTRAL = 0.25;
    /**
     * Charge on a merge or a split per unit by which a neighbour of the bead renders one of its
     * sentences better than the bead's other side does, above {@link #STRAY_FLOOR}: such a
     * sentence most likely belongs to the neighbour, with an omission or an addition put one
     * place off. Below the floor the shares of short sentences are too noisy: with no floor,
     * weight 6 fixed an NTREX vi→fr omission but broke a true FLORES split (bead F1 0.992 against
     * 0.994); a floor of 0.6 did the same, 0.65 and 0.7 did not (README lists the values tried).
     */
    private static final double STRAY_WEIGHT = 10;
    private static final double STRAY_FLOOR = 0.7;

    private final List<String> source;
    private final List<String> target;
    private final SideFacts sourceFacts;
    private final SideFacts targetFacts;
    private final LengthModel lengths;
    private final LexicalCoverage lexical;
    private final int[] copyOf;

    /**
     * @param lexical the word tables' coverage of the document's beads, or null without tables
     */
    BeadCosts(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
            LexicalCoverage lexical) {
        this.source = source;
        this.target = target;
        Facts facts = new Facts();
        this.sourceFacts = new SideFacts(source, sourceLanguage, facts);
        this.targetFacts = new SideFacts(target, targetLanguage, facts);
        this.lengths = LengthModel.of(sourceLanguage, targetLanguage, source, target);
        this.lexical = lexical;
        this.copyOf = copies(source, target);
    }

    /** The cost of the bead of sources {@code [si, se)} and targets {@code [ti, te)}, its prior aside. */
    double of(int si, int se, int ti, int te) {
        if (si == se || ti == te) {
            return si == se ? additionCost(ti, si) : 0;
        }
        int agreement = agreement(si, se, ti, te);
        if (isCopy(si, se, ti, te)) {
            return COPY_COST - MATCHED_FACT * shared(agreement);
        }
        double fit = lengths.fit(LengthModel.length(source, si, se), LengthModel.length(target, ti, te));
        double length = -Math.log(Math.max(fit, 1e-300));
        double most = MOST_UNMATCHED * Math.max(se - si, te - ti);
        return length + Math.min(most, UNMATCHED_FACT * alone(agreement))
                - MATCHED_FACT * sharedCounted(shared(agreement), se - si, te - ti)
                + lexicalCost(si, se, ti, te) + strayCost(si, se, ti, te);
    }

    /** The shared facts a bead of {@code s} source and {@code t} target sentences is credited with. */
    private static int sharedCounted(int shared, int s, int t) {
        return s == 2 && t == 2 ? Math.min(shared, MOST_SHARED_IN_TWO_TWO) : shared;
    }

    /**
     * A bound no lower than which {@link #of} can be, found without pricing the bead: every term
     * but shared facts and translated words is a charge, and a bead shares at most as many facts
     * as its poorer side holds. The search skips a bead whose bound cannot beat the best it has.
     */
    double floor(int si, int se, int ti, int te) {
        if (si == se || ti == te) {
            return 0;
        }
        int facts = Math.min(sourceFacts.of(si, se).length, targetFacts.of(ti, te).length);
        return LEXICAL_WEIGHT * (LEXICAL_NEUTRAL - 1) - MATCHED_FACT * sharedCounted(facts, se - si, te - ti);
    }

    /** What the search knew of the bead of sources {@code [si, se)} and targets {@code [ti, te)}. */
    SentenceAligner.Evidence evidence(int si, int se, int ti, int te) {
        List<Integer> sourceSide = Bead.indexes(si, se);
        List<Integer> targetSide = Bead.indexes(ti, te);
        int sourceLength = LengthModel.length(source, si, se);
        int targetLength = LengthModel.length(target, ti, te);
        if (si == se || ti == te) {
            return new SentenceAligner.Evidence(sourceSide, targetSide, 0, 0, 0, sourceLength + targetLength);
        }
        int agreement = agreement(si, se, ti, te);
        if (isCopy(si, se, ti, te)) {
            return new SentenceAligner.Evidence(sourceSide, targetSide, 0, shared(agreement), 0, 0, 1);
        }
        return new SentenceAligner.Evidence(sourceSide, targetSide, lengths.deviation(sourceLength, targetLength),
                shared(agreement), alone(agreement), 0,
                lexical == null ? LexicalCoverage.NONE : lexical.of(si, se, ti, te));
    }

    /**
     * What a sentence copied unchanged from the original costs in a 1-1 bead with its original,
     * beside the facts the two share: as much as a pair whose every word is translated and whose
     * lengths fit exactly. A copy is a defect the checks report ({@code UNTRANSLATED}) only when
     * it is paired with its original; weighed as a translation, a Chinese sentence left in a
     * French text is a third of the expected length and none of its words is French, and the
     * search left it unpaired.
     */
    private static final double COPY_COST = LEXICAL_WEIGHT * (LEXICAL_NEUTRAL - 1);

    private boolean isCopy(int si, int se, int ti, int te) {
        return se - si == 1 && te - ti == 1 && copyOf[ti] == si;
    }

    /**
     * For each target sentence, the source sentence it repeats (spaces at the ends aside), or -1.
     * Exact text, looked up by the strings' own hashes: every sentence of every document goes
     * through this, and normalising case and inner spaces first took 3% of the aligner's time.
     */
    private static int[] copies(List<String> source, List<String> target) {
        Map<String, Integer> originals = new HashMap<>();
        for (int i = source.size() - 1; i >= 0; i--) {
            originals.put(source.get(i).strip(), i);
        }
        int[] copyOf = new int[target.size()];
        for (int j = 0; j < copyOf.length; j++) {
            copyOf[j] = originals.getOrDefault(target.get(j).strip(), -1);
        }
        return copyOf;
    }

    /**
     * The word tables' say on an addition: a target sentence that the original renders right where
     * it would have been added is likelier half of a split, or a 1-1 bead put one place off, than
     * an addition ({@link #ADDITION_WEIGHT}). The same charge on omissions cost FLORES vi→fr
     * omission recall (0.984 to 0.934-0.967) and fixed nothing on NTREX: an omitted sentence often
     * shares its neighbours' subject, an added one (from another article) does not.
     */
    private double additionCost(int b, int a) {
        if (lexical == null) {
            return 0;
        }
        double near = lexical.targetNear(b, a);
        return near == LexicalCoverage.NONE ? 0 : ADDITION_WEIGHT * Math.max(0, near - ADDITION_NEUTRAL);
    }

    /**
     * What the word tables say against a merge or a split: see {@link #STRAY_WEIGHT}. The first
     * sentence of the merged side is weighed against the neighbour before the bead, the second
     * against the one after it.
     */
    private double strayCost(int si, int se, int ti, int te) {
        if (lexical == null || (se - si) + (te - ti) != 3) {
            return 0;
        }
        double excess;
        if (te - ti == 2) {
            excess = Math.max(excess(lexical.targetShare(si - 1, ti), lexical.targetShare(si, ti)),
                    excess(lexical.targetShare(si + 1, ti + 1), lexical.targetShare(si, ti + 1)));
        } else {
            double before = ti > 0 ? lexical.sourceShare(si, ti - 1) : LexicalCoverage.NONE;
            excess = Math.max(excess(before, lexical.sourceShare(si, ti)),
                    excess(lexical.sourceShare(si + 1, ti + 1), lexical.sourceShare(si + 1, ti)));
        }
        return STRAY_WEIGHT * excess;
    }

    /** How much better than {@code own}, and than {@link #STRAY_FLOOR}, a sentence is rendered {@code elsewhere}. */
    private static double excess(double elsewhere, double own) {
        if (elsewhere == LexicalCoverage.NONE || own == LexicalCoverage.NONE) {
            return 0;
        }
        return Math.max(0, elsewhere - Math.max(own, STRAY_FLOOR));
    }

    /**
     * The word tables' say on a paired bead: a cost that grows as the share of its words the other
     * side translates falls below {@link #LEXICAL_NEUTRAL}, and a gain above it.
     */
    private double lexicalCost(int si, int se, int ti, int te) {
        if (lexical == null) {
            return 0;
        }
        double coverage = lexical.of(si, se, ti, te);
        return coverage == LexicalCoverage.NONE ? 0 : LEXICAL_WEIGHT * (LEXICAL_NEUTRAL - coverage);
    }

    /**
     * The facts both sides share, and the numbers and dates on one side only. A name or a mark on
     * one side only is no evidence against a pair: capitalisation, common nouns, other scripts and
     * punctuation differ between languages (counting marks on one side only against a bead
     * lowered NTREX vi-fr bead F1 from 0.964 to 0.959). A number on one side only is. Both counts in one int, read with
     * {@link #shared} and {@link #alone}: the search asks this for every cell and shape.
     */
    private int agreement(int si, int se, int ti, int te) {
        int[] a = sourceFacts.of(si, se);
        int[] b = targetFacts.of(ti, te);
        int numbers = sourceFacts.numbers(si, se) + targetFacts.numbers(ti, te);
        int shared = 0;
        int sharedNumbers = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (b[j] < a[i]) {
                j++;
            } else {
                shared++;
                sharedNumbers += a[i] & 1;
                i++;
                j++;
            }
        }
        return shared << 16 | numbers - 2 * sharedNumbers;
    }

    private static int shared(int agreement) {
        return agreement >>> 16;
    }

    private static int alone(int agreement) {
        return agreement & 0xffff;
    }

    /**
     * Facts as numbers, so that comparing two sentences' facts is a merge of sorted arrays: each
     * distinct number, date or name key gets an id, doubled, plus one for numbers and dates.
     */
    private static final class Facts {
        private final Map<String, Integer> ids = new HashMap<>();

        static boolean isNumber(int fact) {
            return (fact & 1) == 1;
        }

        private int id(String key, boolean number) {
            return 2 * ids.computeIfAbsent(key, k -> ids.size()) + (number ? 1 : 0);
        }

        /** The sorted facts of one sentence, a fact as often as it occurs. */
        int[] of(String sentence, String language) {
            List<String> numbers = NumbersAndDates.read(sentence, language);
            Set<String> names = NameKeys.of(sentence);
            List<String> marks = TextMarks.of(sentence);
            int[] facts = new int[numbers.size() + names.size() + marks.size()];
            int k = 0;
            for (String number : numbers) {
                facts[k++] = id("#" + number, true);
            }
            for (String name : names) {
                facts[k++] = id("@" + name, false);
            }
            for (String mark : marks) {
                facts[k++] = id("~" + mark, false);
            }
            Arrays.sort(facts);
            return facts;
        }
    }

    /**
     * The facts of each sentence of one side, and of each two neighbours together, read once per
     * alignment: a bead holds one or two sentences a side, and the search asks about each many times.
     */
    private static final class SideFacts {
        private final int[][] single;
        private final int[][] pairs;
        private final int[] numbers;

        SideFacts(List<String> sentences, String language, Facts facts) {
            single = new int[sentences.size()][];
            numbers = new int[sentences.size()];
            for (int i = 0; i < single.length; i++) {
                single[i] = facts.of(sentences.get(i), language);
                for (int fact : single[i]) {
                    numbers[i] += Facts.isNumber(fact) ? 1 : 0;
                }
            }
            pairs = new int[Math.max(0, single.length - 1)][];
            for (int i = 0; i < pairs.length; i++) {
                int[] pair = Arrays.copyOf(single[i], single[i].length + single[i + 1].length);
                System.arraycopy(single[i + 1], 0, pair, single[i].length, single[i + 1].length);
                Arrays.sort(pair);
                pairs[i] = pair;
            }
        }

        /** The facts of sentences {@code [from, to)}, one or two of them. */
        int[] of(int from, int to) {
            return to - from == 1 ? single[from] : pairs[from];
        }

        /** How many of the facts of sentences {@code [from, to)} are numbers or dates. */
        int numbers(int from, int to) {
            return to - from == 1 ? numbers[from] : numbers[from] + numbers[from + 1];
        }
    }
}
