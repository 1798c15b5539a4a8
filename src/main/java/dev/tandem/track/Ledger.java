package dev.tandem.track;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every pair of original and translation tandem has seen, with each revision of its record and
 * every input that failed: one embedded SQLite file ({@code tandem.ledger.file}), so there is no
 * server to install. SQLite's transactions survive a killed process (write-ahead log); they are
 * not synced one by one ({@code synchronous=NORMAL}), so a power cut may lose the last few, whose
 * inputs the next run does again; a status query over 100,000 pairs is an indexed count, and the
 * file can be read with any SQLite tool.
 *
 * <p>A pair's state is {@code ok} when its latest revision was built, {@code stale} when its
 * source changed after that; its check state is what the checks said of its latest revision
 * ({@code ok}, {@code needs_review}, {@code failed}); a failed input is kept apart with its stage
 * and message. Safe to
 * share between threads: every method holds the one connection for its whole transaction.
 */
public final class Ledger implements AutoCloseable {
    private final Connection connection;
    /**
     * The statements each input runs, prepared once: preparing them for every call had SQLite
     * parse the same SQL five times an input, as much of its time as running them (JFR, bench).
     * Guarded by {@code this}, as the connection is.
     */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private Ledger(Connection connection) {
        this.connection = connection;
    }

    /** One revision of a pair's record. */
    public record Revision(String recordId, int revision, String sourceUrl, String translationIdentity,
            String translationSha256, String sourceSha256, String recordPath, String snapshot, String createdAt) {
    }

    /**
     * A pair as the status lists it.
     *
     * @param state {@code ok}, or {@code stale} when its source changed after it was paired
     * @param checkState what the checks of its newest revision said: {@code ok}, {@code needs_review}
     *     or {@code failed}; {@code unknown} for pairs written before the ledger kept it
     */
    public record Pair(String recordId, String sourceUrl, String translationIdentity, int revision, String state,
            String reviewState, String updatedAt, String recordPath, String staleParagraphs,
            String translationLanguage, String checkState) {
    }

    /**
     * What the ledger keeps of a pair beside its revisions.
     *
     * @param translationKey {@link dev.tandem.record.RecordIds#translationKey}: the same for each
     *     language of one translation identity and original
     * @param translationLanguage the translation's detected language
     * @param checkState the state the checks put the new revision in
     */
    public record PairFacts(String translationKey, String translationLanguage, String checkState) {
    }

    /** An input that failed. */
    public record Failure(String input, String stage, String message, String errorPath, String at) {
    }

    /** Counts by state and the pairs and inputs that need someone. */
    public record Status(Map<String, Integer> pairsByState, Map<String, Integer> pairsByCheck,
            Map<String, Integer> pairsByReview, int failedInputs, List<Pair> stale, List<Failure> failed,
            List<Pair> pendingReview) {
    }

    /** The check states a pair can be in, as {@code status --state} takes them. */
    public static final List<String> CHECK_STATES = List.of("ok", "needs_review", "failed", "unknown");

    /** Opens (creating if needed) the ledger at {@code file}. */
    public static Ledger open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SqliteNative.useUnpackedLibrary();
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS pairs (
                          record_id TEXT PRIMARY KEY, source_url TEXT NOT NULL, translation_identity TEXT NOT NULL,
                          revision INTEGER NOT NULL, state TEXT NOT NULL, review_state TEXT NOT NULL,
                          created_at TEXT NOT NULL, updated_at TEXT NOT NULL, record_path TEXT NOT NULL,
                          stale_paragraphs TEXT)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS revisions (
                          record_id TEXT NOT NULL, revision INTEGER NOT NULL, translation_sha256 TEXT NOT NULL,
                          source_sha256 TEXT NOT NULL, record_path TEXT NOT NULL, snapshot TEXT,
                          created_at TEXT NOT NULL, PRIMARY KEY (record_id, revision))""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS failures (
                          input TEXT PRIMARY KEY, stage TEXT NOT NULL, message TEXT NOT NULL, error_path TEXT,
                          at TEXT NOT NULL)""");
                // Status counts by these and lists the newest of each: both come from the index.
                s.execute("CREATE INDEX IF NOT EXISTS pairs_by_state ON pairs (state, updated_at)");
                s.execute("CREATE INDEX IF NOT EXISTS pairs_by_review ON pairs (review_state, updated_at)");
                s.execute("CREATE INDEX IF NOT EXISTS failures_by_time ON failures (at)");
                addPairColumns(c);
                s.execute("CREATE INDEX IF NOT EXISTS pairs_by_key ON pairs (translation_key)");
                s.execute("CREATE INDEX IF NOT EXISTS pairs_by_check ON pairs (check_state, updated_at)");
            }
            return new Ledger(c);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot open the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Columns added after the first layout; a ledger written before gets them here, its pairs
     * with {@code check_state} {@code unknown} and no translation key (so a translation seen
     * before is seen as new, and gets a new pair under the current identity rule).
     */
    private static void addPairColumns(Connection c) throws SQLException {
        java.util.Set<String> have = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(pairs)")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        try (Statement s = c.createStatement()) {
            if (!have.contains("translation_key")) {
                s.execute("ALTER TABLE pairs ADD COLUMN translation_key TEXT");
            }
            if (!have.contains("translation_language")) {
                s.execute("ALTER TABLE pairs ADD COLUMN translation_language TEXT");
            }
            if (!have.contains("check_state")) {
                s.execute("ALTER TABLE pairs ADD COLUMN check_state TEXT NOT NULL DEFAULT 'unknown'");
            }
        }
    }

    /** Every pair of one translation identity and original, one per language: see {@link PairFacts#translationKey}. */
    public synchronized List<Pair> pairsOfKey(String translationKey) {
        try {
            PreparedStatement q = statement("SELECT * FROM pairs WHERE translation_key = ? ORDER BY updated_at DESC");
            q.setString(1, translationKey);
            try (ResultSet rs = q.executeQuery()) {
                return readPairs(rs);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The newest revision of a pair, if the ledger has seen it. */
    public synchronized Optional<Revision> latest(String recordId) {
        try {
            PreparedStatement q = statement("""
                    SELECT r.revision, p.source_url, p.translation_identity, r.translation_sha256, r.source_sha256,
                           r.record_path, r.snapshot, r.created_at
                    FROM revisions r JOIN pairs p ON p.record_id = r.record_id
                    WHERE r.record_id = ? ORDER BY r.revision DESC LIMIT 1""");
            q.setString(1, recordId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Revision(recordId, rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Adds a revision, in one transaction: the pair becomes {@code ok} at this revision with its
     * review {@code pending}, the previous revision keeps its row under its archived path, and an
     * earlier failure of the same input is cleared.
     *
     * @param previousPath where the previous revision's record now lies, or null for a first revision
     * @param input the input's name, to clear its failure
     */
    public synchronized void add(Revision revision, PairFacts facts, String previousPath, String input) {
        try {
            connection.setAutoCommit(false);
            try {
                PreparedStatement insert = statement("INSERT OR REPLACE INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement pair = statement("""
                            INSERT INTO pairs (record_id, source_url, translation_identity, revision, state, review_state,
                              created_at, updated_at, record_path, stale_paragraphs, translation_key,
                              translation_language, check_state)
                            VALUES (?, ?, ?, ?, 'ok', 'pending', ?, ?, ?, NULL, ?, ?, ?)
                            ON CONFLICT (record_id) DO UPDATE SET revision = excluded.revision, state = 'ok',
                              review_state = 'pending', updated_at = excluded.updated_at,
                              record_path = excluded.record_path, stale_paragraphs = NULL,
                              translation_key = excluded.translation_key,
                              translation_language = excluded.translation_language,
                              check_state = excluded.check_state""");
                PreparedStatement archive = statement("UPDATE revisions SET record_path = ? WHERE record_id = ? AND revision = ?");
                PreparedStatement cleared = statement("DELETE FROM failures WHERE input = ?");
                insert.setString(1, revision.recordId());
                insert.setInt(2, revision.revision());
                insert.setString(3, revision.translationSha256());
                insert.setString(4, revision.sourceSha256());
                insert.setString(5, revision.recordPath());
                insert.setString(6, revision.snapshot());
                insert.setString(7, revision.createdAt());
                insert.executeUpdate();
                pair.setString(1, revision.recordId());
                pair.setString(2, revision.sourceUrl());
                pair.setString(3, revision.translationIdentity());
                pair.setInt(4, revision.revision());
                pair.setString(5, revision.createdAt());
                pair.setString(6, revision.createdAt());
                pair.setString(7, revision.recordPath());
                pair.setString(8, facts.translationKey());
                pair.setString(9, facts.translationLanguage());
                pair.setString(10, facts.checkState());
                pair.executeUpdate();
                if (previousPath != null && revision.revision() > 1) {
                    archive.setString(1, previousPath);
                    archive.setString(2, revision.recordId());
                    archive.setInt(3, revision.revision() - 1);
                    archive.executeUpdate();
                }
                if (input != null) {
                    cleared.setString(1, input);
                    cleared.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Notes an input that failed; a later failure of the same input replaces it. */
    public synchronized void failed(Failure failure) {
        try {
            PreparedStatement q = statement("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?)");
            q.setString(1, failure.input());
            q.setString(2, failure.stage());
            q.setString(3, failure.message());
            q.setString(4, failure.errorPath());
            q.setString(5, failure.at());
            q.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Marks a pair stale: its source changed after the translation was paired; {@code paragraphs} says where. */
    public synchronized void markStale(String recordId, String paragraphs, String at) {
        try (PreparedStatement q = connection.prepareStatement(
                "UPDATE pairs SET state = 'stale', stale_paragraphs = ?, updated_at = ? WHERE record_id = ?")) {
            q.setString(1, paragraphs);
            q.setString(2, at);
            q.setString(3, recordId);
            q.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /**
     * Sets the review state of a pair, if its newest revision is still {@code revision}.
     *
     * @return false when the pair has moved on to another revision (or is unknown)
     */
    public synchronized boolean setReview(String recordId, int revision, String reviewState, String at) {
        try (PreparedStatement q = connection.prepareStatement(
                "UPDATE pairs SET review_state = ?, updated_at = ? WHERE record_id = ? AND revision = ?")) {
            q.setString(1, reviewState);
            q.setString(2, at);
            q.setString(3, recordId);
            q.setInt(4, revision);
            return q.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Every pair, newest revision, in order of id. */
    public synchronized List<Pair> pairs() {
        return pairs("SELECT * FROM pairs ORDER BY record_id", -1);
    }

    /** Counts by state and review state, and up to {@code limit} of the stale, failed and pending pairs. */
    public synchronized Status status(int limit) {
        try {
            return new Status(counts("SELECT state, COUNT(*) FROM pairs GROUP BY state"),
                    counts("SELECT check_state, COUNT(*) FROM pairs GROUP BY check_state"),
                    counts("SELECT review_state, COUNT(*) FROM pairs GROUP BY review_state"),
                    count("SELECT COUNT(*) FROM failures"),
                    pairs("SELECT * FROM pairs WHERE state = 'stale' ORDER BY updated_at DESC", limit),
                    failures(limit),
                    pairs("SELECT * FROM pairs WHERE review_state = 'pending' ORDER BY updated_at DESC", limit));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Up to {@code limit} pairs whose newest revision's checks put it in {@code checkState}, newest first. */
    public synchronized List<Pair> pairsInCheckState(String checkState, int limit) {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT * FROM pairs WHERE check_state = ? ORDER BY updated_at DESC LIMIT ?")) {
            q.setString(1, checkState);
            q.setInt(2, limit);
            try (ResultSet rs = q.executeQuery()) {
                return readPairs(rs);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private Map<String, Integer> counts(String sql) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private int count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private List<Pair> pairs(String sql, int limit) {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(limit < 0 ? sql : sql + " LIMIT " + limit)) {
            return readPairs(rs);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static List<Pair> readPairs(ResultSet rs) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        while (rs.next()) {
            pairs.add(new Pair(rs.getString("record_id"), rs.getString("source_url"),
                    rs.getString("translation_identity"), rs.getInt("revision"), rs.getString("state"),
                    rs.getString("review_state"), rs.getString("updated_at"), rs.getString("record_path"),
                    rs.getString("stale_paragraphs"), rs.getString("translation_language"),
                    rs.getString("check_state")));
        }
        return pairs;
    }

    private List<Failure> failures(int limit) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM failures ORDER BY at DESC LIMIT " + limit)) {
            while (rs.next()) {
                failures.add(new Failure(rs.getString("input"), rs.getString("stage"), rs.getString("message"),
                        rs.getString("error_path"), rs.getString("at")));
            }
        }
        return failures;
    }

    /** Every revision of a pair, oldest first. */
    public synchronized List<Revision> revisions(String recordId) {
        List<Revision> revisions = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("""
                SELECT r.revision, p.source_url, p.translation_identity, r.translation_sha256, r.source_sha256,
                       r.record_path, r.snapshot, r.created_at
                FROM revisions r JOIN pairs p ON p.record_id = r.record_id
                WHERE r.record_id = ? ORDER BY r.revision""")) {
            q.setString(1, recordId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    revisions.add(new Revision(recordId, rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return revisions;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " the ledger: " + e.getMessage(), e);
    }

    /** The statement for {@code sql}, prepared on first use and kept until the ledger closes. Called holding the lock. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement q = prepared.get(sql);
        if (q == null) {
            q = connection.prepareStatement(sql);
            prepared.put(sql, q);
        }
        return q;
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement q : prepared.values()) {
                q.close();
            }
            prepared.clear();
            connection.close();
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("cannot close the ledger", e));
        }
    }
}
