package dev.tandem.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * What an input file looked like at one moment: its size and modification time. Two equal states
 * taken before and after reading mean the bytes read are the file's bytes; a file whose state
 * changed was still being written.
 *
 * @param size bytes, or -1 when the file is gone
 * @param modified last modification, or {@link Instant#EPOCH} when the file is gone
 */
public record FileState(long size, Instant modified) {
    private static final FileState GONE = new FileState(-1, Instant.EPOCH);
    /** How often a file is looked at while waiting for it to be still. */
    private static final long POLL_MS = 100;

    /** The file's state now. */
    public static FileState of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime().toInstant());
        } catch (IOException e) {
            // Gone, or unreadable: either way not the file that was read.
            return GONE;
        }
    }

    /**
     * Whether the file changed within {@code window} before {@code now}: real time, as the file
     * system's, never a test's fixed clock.
     */
    public boolean changedWithin(Duration window, Instant now) {
        return this != GONE && modified.plus(window).isAfter(now);
    }

    /**
     * Waits until the file's state has stayed the same for {@code still}, or until {@code most}
     * has passed, and returns the state it settled on.
     */
    public static FileState awaitStill(Path file, Duration still, Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        FileState last = of(file);
        long stillSince = System.nanoTime();
        while (System.nanoTime() - stillSince < still.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MS);
            FileState now = of(file);
            if (!now.equals(last)) {
                last = now;
                stillSince = System.nanoTime();
            }
        }
        return last;
    }
}
