package dev.tandem.track;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Record ids claimed by inputs, so that two inputs that are the same translation (one identity,
 * one language, one original) never write one record over the other: the first to claim an id
 * writes it, the second fails with an error that names the first. A batch keeps one for its whole
 * run; the pipeline keeps one for the inputs in flight, which each release their id when done.
 */
public final class IdentityClaims {
    private final ConcurrentMap<String, String> claimed = new ConcurrentHashMap<>();

    /**
     * Claims {@code recordId} for {@code input}.
     *
     * @return the other input that holds it, or empty when {@code input} now holds it
     */
    public Optional<String> claim(String recordId, String input) {
        String holder = claimed.putIfAbsent(recordId, input);
        return holder == null || holder.equals(input) ? Optional.empty() : Optional.of(holder);
    }

    /** Gives up {@code input}'s claim on {@code recordId}. */
    public void release(String recordId, String input) {
        claimed.remove(recordId, input);
    }
}
