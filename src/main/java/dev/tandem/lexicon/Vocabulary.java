package dev.tandem.lexicon;

import java.util.Arrays;

/**
 * The terms of one side of a word table, each with a dense id in the order first met: a map from
 * term to id held as two arrays (open addressing), without the node and boxed integer a
 * {@code HashMap<String, Integer>} spends on each of a table's tens of thousands of terms (about
 * 15 MB over the tables a service pairing ten language pairs reads). Grows while a table is read
 * ({@link #add}); read-only and thread-safe once the table is published.
 */
final class Vocabulary {
    private String[] terms = new String[1024];
    /** Per slot, the id of the term there plus one; 0 for an empty slot. */
    private int[] slots = new int[2048];
    private int size;

    /** The id of {@code term}, added with the next id when it is new. */
    int add(String term) {
        int slot = slot(term);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
        }
        terms[size] = term;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The id of {@code term}, or -1 when this vocabulary lacks it. */
    int id(String term) {
        return slots[slot(term)] - 1;
    }

    /** The term of {@code id}. */
    String term(int id) {
        return terms[id];
    }

    int size() {
        return size;
    }

    /** Drops the spare room left by growing, once every term is in. */
    Vocabulary trimmed() {
        terms = Arrays.copyOf(terms, size);
        return this;
    }

    /** The slot that holds {@code term}, or the empty slot where it would go. */
    private int slot(String term) {
        int mask = slots.length - 1;
        // Fibonacci hashing spreads the hash codes of short, alike terms (Vietnamese syllables,
        // stems) over the table: their low bits alone left runs of up to 226 slots to probe.
        int slot = (term.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
        while (slots[slot] != 0 && !terms[slots[slot] - 1].equals(term)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int entry : old) {
            if (entry != 0) {
                slots[slot(terms[entry - 1])] = entry;
            }
        }
    }
}
