package dev.tandem.align;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One step of an alignment: source units and the target units that render them. Either side may
 * be empty (an omission or an addition), never both.
 *
 * @param source 0-based indexes of source units, ascending
 * @param target 0-based indexes of target units, ascending
 * @param score how well the two sides fit, 0..1
 */
public record Bead(List<Integer> source, List<Integer> target, double score) {
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one unit");
        }
    }

    /** The indexes {@code from} to {@code to - 1}, for one side of a bead. */
    public static List<Integer> indexes(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** The bead's shape, such as {@code 1-1}, {@code 2-1} or {@code 0-1}. */
    public String type() {
        return source.size() + "-" + target.size();
    }
}
