package dev.tandem.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an operator knows about one site's markup, as CSS selectors: where the title, lead, body and
 * captions are, and what to drop. Every field but {@code name} and {@code hosts} is optional; a
 * selector that matches nothing on a page leaves that part to the generic rules, so a profile that
 * has gone stale after a redesign degrades to the generic extractor instead of failing.
 *
 * @param name a label for logs and errors
 * @param hosts host names it applies to; subdomains match too ({@code vnexpress.net} covers
 *     {@code e.vnexpress.net})
 * @param title selector of the headline
 * @param lead selector of the standfirst
 * @param body selector of the element holding the article text
 * @param captions selector of image captions
 * @param drop selectors of elements to remove before anything is read
 */
public record SiteProfile(String name, List<String> hosts, String title, String lead, String body, String captions,
        List<String> drop) {

    public SiteProfile {
        Objects.requireNonNull(name, "a site profile needs a name");
        hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        drop = drop == null ? List.of() : List.copyOf(drop);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("site profile '" + name + "' names no hosts");
        }
    }

    /** Whether this profile applies to a page on {@code host}. */
    public boolean appliesTo(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(p -> h.equals(p) || h.endsWith("." + p));
    }
}
