package dev.tandem.fetch;

import java.util.Locale;

/** Where a source page comes from: the network, the snapshot store, or the network with the store behind it. */
public enum FetchPolicy {
    /** Fetch from the network; use the newest snapshot only when the network is unreachable. */
    NETWORK_FIRST,
    /** Use the newest snapshot when there is one; fetch otherwise. */
    CACHE_FIRST,
    /** Never touch the network; fail when there is no snapshot. */
    OFFLINE;

    /** Parses {@code network-first}, {@code cache-first} or {@code offline}. */
    public static FetchPolicy parse(String text) {
        if (text != null) {
            for (FetchPolicy p : values()) {
                if (p.label().equalsIgnoreCase(text.trim())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException(
                "tandem.fetch.policy must be network-first, cache-first or offline, got '" + text + "'");
    }

    /** The name used in configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
