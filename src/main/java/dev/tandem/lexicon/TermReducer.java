package dev.tandem.lexicon;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import java.util.function.Supplier;

/**
 * Reduces a lower-cased word to the term a word table holds: a Snowball stem for the inflected
 * European languages, Lucene's normalised light stem for Arabic, the word itself otherwise.
 * Snowball stemmers keep state, so each thread gets its own.
 */
@FunctionalInterface
interface TermReducer {
    String reduce(String word);

    static TermReducer of(String language) {
        return switch (language) {
            case "en" -> snowball(EnglishStemmer::new);
            case "fr" -> snowball(FrenchStemmer::new);
            case "es" -> snowball(SpanishStemmer::new);
            case "de" -> snowball(GermanStemmer::new);
            case "ru" -> snowball(RussianStemmer::new);
            case "ar" -> arabic();
            default -> word -> word;
        };
    }

    private static TermReducer snowball(Supplier<SnowballStemmer> stemmers) {
        ThreadLocal<SnowballStemmer> local = ThreadLocal.withInitial(stemmers);
        return word -> {
            SnowballStemmer stemmer = local.get();
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }

    private static TermReducer arabic() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        ArabicStemmer stemmer = new ArabicStemmer();
        return word -> {
            char[] chars = word.toCharArray();
            int length = normalizer.normalize(chars, chars.length);
            length = stemmer.stem(chars, length);
            return new String(chars, 0, length);
        };
    }
}
