package dev.tandem.extract.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of equal items, and how many two such counts share; the core of both overlap metrics. */
final class Multiset {
    private final Map<String, Integer> counts = new HashMap<>();
    private int size;

    /** A multiset holding each item of {@code items} once per occurrence. */
    static Multiset of(List<String> items) {
        Multiset set = new Multiset();
        for (String item : items) {
            set.counts.merge(item, 1, Integer::sum);
            set.size++;
        }
        return set;
    }

    /** Number of items, repeats included. */
    int size() {
        return size;
    }

    /** Σ min(count here, count there) over all items: the true positives of a comparison. */
    int common(Multiset other) {
        Map<String, Integer> smaller = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> larger = smaller == counts ? other.counts : counts;
        int common = 0;
        for (Map.Entry<String, Integer> e : smaller.entrySet()) {
            common += Math.min(e.getValue(), larger.getOrDefault(e.getKey(), 0));
        }
        return common;
    }
}
