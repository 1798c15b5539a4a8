package dev.tandem.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The texts a thread read into {@link Lexicon.Sentence}s lately, so that the aligner and then the
 * checks of one pair read each sentence once: the checks ask again for the very sentences the
 * aligner has just read, bead by bead and segment by segment, and reading them anew (tokenising,
 * stemming, looking each word up) was a third of what the word tables cost a pair. Per thread, so
 * no lock; bounded to the last {@link #KEPT} texts, a few pairs' worth, so that a long-running
 * service holds no more than a megabyte or so per thread.
 */
final class RecentSentences {
    /** About ten articles of thirty sentences, both sides, on the pairs one thread is working on. */
    static final int KEPT = 600;

    private static final ThreadLocal<Map<Key, Lexicon.Sentence>> RECENT = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Lexicon.Sentence> eldest) {
                    return size() > KEPT;
                }
            });

    private RecentSentences() {
    }

    /** A sentence read by {@code lexicon} on the given side; reads it with {@code read} unless read lately. */
    static Lexicon.Sentence get(Lexicon lexicon, boolean source, String text, Supplier<Lexicon.Sentence> read) {
        Map<Key, Lexicon.Sentence> recent = RECENT.get();
        Key key = new Key(lexicon, source, text);
        Lexicon.Sentence sentence = recent.get(key);
        if (sentence == null) {
            sentence = read.get();
            recent.put(key, sentence);
        }
        return sentence;
    }

    /** Forgets what this thread read. */
    static void forget() {
        RECENT.get().clear();
    }

    /** A lexicon (compared by identity: one per pair and glossary), a side and a text. */
    private record Key(Lexicon lexicon, boolean source, String text) {
    }
}
