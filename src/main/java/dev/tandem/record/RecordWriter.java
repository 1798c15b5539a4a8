package dev.tandem.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tandem.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes records into an output folder: {@code records/<id>.json}, written to a temporary file and
 * renamed so that a reader never sees half a record, and one line per record appended to
 * {@code manifest.jsonl}. Safe to share between threads.
 */
public final class RecordWriter {
    /** Writes a record to a stream that {@link AtomicFiles} closes, after the closing newline. */
    private static final ObjectWriter RECORDS = RecordJson.pretty().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Path outDir;
    private final Path recordsDir;
    private final Path manifest;

    public RecordWriter(Path outDir) {
        this.outDir = outDir;
        this.recordsDir = outDir.resolve("records");
        this.manifest = outDir.resolve("manifest.jsonl");
    }

    /**
     * Deletes the temporary files a killed run left in the records folder: a record is written to
     * a hidden temporary file and renamed, so such a file is never a record, only a write that did
     * not finish. Call it before any record is written.
     */
    public void removeUnfinishedWrites() {
        if (!Files.isDirectory(recordsDir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(recordsDir)) {
            for (Path f : files.filter(RecordWriter::isUnfinishedWrite).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + recordsDir, e);
        }
    }

    private static boolean isUnfinishedWrite(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /** The output folder. */
    public Path outDir() {
        return outDir;
    }

    /** Where the record with this id is written. */
    public Path pathOf(String id) {
        return recordsDir.resolve(id + ".json");
    }

    /** Where revision {@code revision} of a record is kept once a later one replaces it. */
    public Path archivedPathOf(String id, int revision) {
        return recordsDir.resolve(id + ".r" + revision + ".json");
    }

    /**
     * Writes {@code record} atomically as {@code <id>.json}, then notes it in the manifest; returns
     * its path. A later revision first keeps the one it replaces as {@code <id>.r<N>.json}, unless
     * that copy is already there (a run killed after keeping it and before writing the new one).
     */
    public Path write(ReviewRecord record) {
        Path target = pathOf(record.id());
        try {
            if (record.revision() > 1) {
                Path archived = archivedPathOf(record.id(), record.revision() - 1);
                if (!Files.exists(archived) && Files.exists(target)) {
                    AtomicFiles.write(archived, Files.readAllBytes(target));
                }
            }
            // Streamed: a record of a long article is several times the article's size, and holding
            // it whole as bytes (then a copy with the newline) doubled the peak heap of writing it.
            AtomicFiles.write(target, out -> {
                RECORDS.writeValue(out, record);
                out.write('\n');
            });
            appendToManifest(record, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write record " + target, e);
        }
    }

    private synchronized void appendToManifest(ReviewRecord record, Path target) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", record.id());
        line.put("revision", record.revision());
        line.put("record", outDir.relativize(target).toString());
        line.put("source", record.source().url());
        line.put("translation", record.translation().url() != null ? record.translation().url()
                : record.translation().file());
        line.put("sourceLanguage", record.source().language().code());
        line.put("translationLanguage", record.translation().language().code());
        line.put("writtenAt", record.createdAt());
        String json = RecordJson.compact().writeValueAsString(line) + "\n";
        Files.writeString(manifest, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }
}
