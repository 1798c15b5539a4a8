package dev.tandem.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Reads snapshots back with jwarc's own reader, as any archive tool would. */
public final class Warcs {
    private Warcs() {
    }

    /** The body of the WARC's response record. */
    public static byte[] responseBody(Path warc) {
        try (WarcReader reader = new WarcReader(warc)) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                if (r.get() instanceof WarcResponse response) {
                    return response.http().body().stream().readAllBytes();
                }
            }
            throw new AssertionError("no response record in " + warc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The types of the WARC's records, in order. */
    public static List<String> types(Path warc) {
        List<String> types = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                types.add(r.get().type());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }
}
