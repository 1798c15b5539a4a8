package dev.tandem.pipeline;

import java.nio.file.Path;

/** The one log line per input that tells an operator what happened to it. */
public final class OutcomeLine {
    private OutcomeLine() {
    }

    /**
     * {@code OK seed.txt -> out/records/<id>.json (vi -> fr, 9 pairs, 0 unpaired, source from network)},
     * or {@code DUP} when the ledger already holds this translation of this source.
     */
    public static String succeeded(Path input, Pipeline.Outcome o) {
        if (o.duplicate()) {
            return "DUP  " + input.getFileName() + " -> " + o.record() + " (revision " + o.revision()
                    + " already has this translation of this source; nothing written)";
        }
        return "OK   " + input.getFileName() + " -> " + o.record()
                + (o.revision() > 1 ? " (revision " + o.revision() + ")" : "") + " (" + o.sourceLanguage() + " -> "
                + o.translationLanguage() + ", " + o.pairs() + " pairs, " + o.paragraphsWithoutPartner()
                + " unpaired, source from " + o.fetchOrigin() + ")";
    }

    /** {@code FAIL bad.txt at fetch: HTTP 404 ... -> inbox/.error/bad.txt.error.json}. */
    public static String failed(Path input, Throwable failure, Path sidecar) {
        return "FAIL " + input.getFileName() + " at " + ErrorSidecar.stageOf(failure) + ": "
                + ErrorSidecar.messageOf(failure) + " -> " + sidecar;
    }
}
