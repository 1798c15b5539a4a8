package dev.tandem.track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Measures the ledger at scale: fills a new ledger with N pairs (one in 50 stale, a third pending
 * review, one in 100 with a failed input) in one transaction, then times {@link Ledger#status}.
 * Run: {@code java -cp "target/tandem.jar:target/lib/*" dev.tandem.track.LedgerBenchmark 100000 DIR};
 * then {@code java -jar target/tandem.jar status -Dtandem.out.dir=DIR} answers from that ledger.
 */
public final class LedgerBenchmark {
    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LedgerBenchmark PAIRS DIR (DIR/ledger.sqlite must not exist)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).resolve("ledger.sqlite");
        if (Files.exists(file)) {
            System.err.println("LedgerBenchmark: " + file + " exists; give a new folder");
            System.exit(2);
        }
        Ledger.open(file).close();
        long fillStart = System.nanoTime();
        fill(file, n);
        System.out.printf("filled %d pairs in %.1f s%n", n, (System.nanoTime() - fillStart) / 1e9);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            try (Ledger ledger = Ledger.open(file)) {
                long opened = System.nanoTime();
                Ledger.Status status = ledger.status(20);
                long done = System.nanoTime();
                System.out.printf("run %d: open %.0f ms, status %.0f ms (%s, %d failed)%n", run,
                        (opened - start) / 1e6, (done - opened) / 1e6, status.pairsByState(), status.failedInputs());
            }
        }
    }

    private static void fill(Path file, int n) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement pair = c.prepareStatement("""
                    INSERT INTO pairs (record_id, source_url, translation_identity, revision, state, review_state,
                      created_at, updated_at, record_path, stale_paragraphs, translation_key, translation_language,
                      check_state) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'fr', ?)""");
                    PreparedStatement revision = c.prepareStatement("INSERT INTO revisions VALUES (?, 1, ?, ?, ?, NULL, ?)");
                    PreparedStatement failure = c.prepareStatement("INSERT INTO failures VALUES (?, 'fetch', ?, NULL, ?)")) {
                for (int i = 0; i < n; i++) {
                    String id = String.format("%016x", i * 2654435761L);
                    String state = i % 50 == 0 ? "stale" : "ok";
                    String review = i % 3 == 0 ? "pending" : i % 3 == 1 ? "approved" : "in_review";
                    String at = Instant.ofEpochSecond(1_700_000_000L + i).toString();
                    String path = "out/records/" + id + ".json";
                    pair.setString(1, id);
                    pair.setString(2, "https://example.vn/a" + i + ".html");
                    pair.setString(3, "t" + i + ".txt");
                    pair.setString(4, state);
                    pair.setString(5, review);
                    pair.setString(6, at);
                    pair.setString(7, at);
                    pair.setString(8, path);
                    pair.setString(9, state.equals("stale") ? "[\"s3\"]" : null);
                    pair.setString(10, id);
                    pair.setString(11, i % 7 == 0 ? "failed" : i % 2 == 0 ? "needs_review" : "ok");
                    pair.addBatch();
                    revision.setString(1, id);
                    revision.setString(2, Integer.toHexString(i));
                    revision.setString(3, Integer.toHexString(-i));
                    revision.setString(4, path);
                    revision.setString(5, at);
                    revision.addBatch();
                    if (i % 100 == 0) {
                        failure.setString(1, "bad" + i + ".txt");
                        failure.setString(2, "HTTP 404 Not Found");
                        failure.setString(3, at);
                        failure.addBatch();
                    }
                }
                pair.executeBatch();
                revision.executeBatch();
                failure.executeBatch();
            }
            c.commit();
        }
    }
}
