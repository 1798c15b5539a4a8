package dev.tandem.ingest;

import dev.tandem.fetch.Ipv4HostParser;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link to the original in a translation's lines: a line that starts with a label such
 * as {@code Source :}, {@code Nguồn:}, {@code Quelle:}, {@code 来源：} and carries an http(s) URL.
 * A labelled line without a URL, like the attribution {@code (Source : KCNA)}, is not a link; a
 * labelled line whose URL is broken is reported rather than skipped, so that a typo does not pass
 * for "no source". When several lines qualify, the last one wins: attributions close an article.
 */
public final class SourceUrlFinder {
    /** Labels that introduce the original, in the languages of the news this serves. */
    private static final List<String> LABELS = List.of(
            "source", "sources", "original", "original article", "original source", "originally published",
            "read the original", "nguồn", "nguồn bài", "nguồn tin", "bài gốc", "link gốc", "quelle", "originalartikel",
            "fuente", "fuente original", "fonte", "fonti", "origine", "article original", "lien source",
            "источник", "джерело", "źródło", "zdroj", "forrás", "sursa", "bron", "kilde", "källa", "lähde",
            "izvor", "kaynak", "sumber", "πηγή", "المصدر", "מקור", "来源", "來源", "原文", "出处", "出處",
            "出典", "元記事", "출처", "원문", "แหล่งที่มา", "ที่มา");

    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*[(\\[]?\\s*(" + String.join("|", LABELS.stream().map(Pattern::quote).toList())
                    + ")\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern URL_LIKE = Pattern.compile("(?i)(\\S*://\\S*|www\\.\\S+|\\bhttps?\\S*)");

    /** A labelled source link and the line it was found on. */
    public record Found(URI url, int line) {
    }

    /**
     * Looks through {@code lines} for a labelled source link.
     *
     * @throws StageException at the ingest stage when the only labelled link is malformed
     */
    public Optional<Found> find(List<String> lines) {
        Found found = null;
        String malformed = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABELLED.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            Matcher url = URL_LIKE.matcher(m.group(2));
            if (!url.find()) {
                continue;
            }
            String candidate = trimTrailingPunctuation(url.group(1));
            Optional<URI> parsed = parse(candidate);
            if (parsed.isPresent()) {
                found = new Found(parsed.get(), i);
            } else {
                malformed = candidate;
            }
        }
        if (found == null && malformed != null) {
            throw new StageException(Stage.INGEST, "the source URL '" + malformed + "' is malformed",
                    Map.of("url", malformed), null);
        }
        return Optional.ofNullable(found);
    }

    /** Whether {@code line} is a labelled source line (with or without a usable URL). */
    public boolean isSourceLine(String line) {
        Matcher m = LABELLED.matcher(line);
        return m.matches() && URL_LIKE.matcher(m.group(2)).find();
    }

    /** Whether {@code line} starts with a source label such as {@code Source:}, whatever follows. */
    public boolean startsWithLabel(String line) {
        return LABELLED.matcher(line).matches();
    }

    /**
     * Parses an absolute http(s) URL with a plausible host; {@code www.} links without a scheme are
     * taken as https.
     */
    public static Optional<URI> parse(String text) {
        String s = text.trim();
        if (s.regionMatches(true, 0, "www.", 0, 4)) {
            s = "https://" + s;
        }
        try {
            URI uri = Ipv4HostParser.canonical(new URI(s)); // 127.1 and 0177.0.0.1 as browsers read them
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!scheme.equals("http") && !scheme.equals("https") || host == null || host.isBlank()
                    || !(host.contains(".") || host.equals("localhost") || host.startsWith("["))
                    || host.startsWith(".") || host.endsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(uri.normalize());
        } catch (URISyntaxException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String trimTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ".,;:)]}>»\"'”’".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
