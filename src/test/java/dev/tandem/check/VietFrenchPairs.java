package dev.tandem.check;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.List;

/**
 * Small vi-fr articles for the checks: sentence i of each side in bead i, each sentence its own
 * paragraph, with the word tables shipped with tandem.
 */
final class VietFrenchPairs {
    private VietFrenchPairs() {
    }

    /** The report of the checks on the articles, sentence by sentence. */
    static Checker.Report check(List<String> vi, List<String> fr) {
        return Checker.check(input(vi, fr));
    }

    /** The checks' input for the articles; the detector says vi for text with Vietnamese letters. */
    static CheckInput input(List<String> vi, List<String> fr) {
        List<CheckInput.Segment> source = new ArrayList<>();
        List<CheckInput.Segment> target = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < Math.max(vi.size(), fr.size()); i++) {
            if (i < vi.size()) {
                source.add(new CheckInput.Segment("s" + (i + 1) + ".1", vi.get(i)));
            }
            if (i < fr.size()) {
                target.add(new CheckInput.Segment("t" + (i + 1) + ".1", fr.get(i)));
            }
            beads.add(new Bead(i < vi.size() ? List.of(i) : List.of(), i < fr.size() ? List.of(i) : List.of(), 1));
        }
        List<String> sp = source.stream().map(s -> s.id().substring(0, s.id().indexOf('.'))).toList();
        List<String> tp = target.stream().map(s -> s.id().substring(0, s.id().indexOf('.'))).toList();
        return new CheckInput("vi", "fr", source, target, beads, sp, tp, beads,
                text -> text.matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*") ? "vi" : "fr", null);
    }

    /** The codes of the findings, in order. */
    static List<String> codes(Checker.Report report) {
        return report.findings().stream().map(Finding::code).toList();
    }
}
