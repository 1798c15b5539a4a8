package dev.tandem.ingest;

import dev.tandem.fetch.Ipv4HostParser;
import dev.tandem.fetch.UrlKey;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link to the original in a translation's lines: a line that starts with a label such
 * as {@code Source :}, {@code Nguồn:}, {@code Quelle:}, {@code 来源：} and carries an http(s) URL.
 *
 * <ul>
 *   <li>A labelled line without a URL, like the attribution {@code (Source : KCNA)}, is not a link.</li>
 *   <li>When several lines carry a link, the last one wins: attributions close an article, and a
 *       corrected link is usually added below the old one.</li>
 *   <li>When the winning line's URL is broken, the input fails at ingest with a message that quotes
 *       the line, even if an earlier line had a good URL: a typo must not pass for "no source", nor
 *       silently hand the record to another original.</li>
 *   <li>The URL may be wrapped as people and editors write it: {@code <https://...>}, Markdown
 *       {@code [text](https://...)}, quotes ({@code "..."}, {@code “...”}, {@code «...»}),
 *       parentheses or brackets, or followed by punctuation. Inside a wrapping, where its end is
 *       certain, a space is part of the URL and is sent as {@code %20}.</li>
 *   <li>An unwrapped URL ends at the first space. If a word follows it without a separator
 *       ({@code https://example.com/my article.html}), the line is ambiguous and is reported rather
 *       than cut: the space may belong to the URL. A URL that ends in a page name ({@code .html},
 *       {@code .php}, ...) is complete, and a word after it is a description.</li>
 * </ul>
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
    /** Text that is meant as a link, well formed or not: it decides whether a labelled line is a link line. */
    private static final Pattern URL_LIKE = Pattern.compile("(?i)(\\S*://\\S*|www\\.\\S+|\\bhttps?\\S*)");
    /** Where a link starts: a scheme (even a mistyped one, so that it is reported), or a bare {@code www.}. */
    private static final Pattern URL_START = Pattern.compile(
            "(?i)\\b(?:[a-z][a-z0-9+.-]*:/+|www\\.|https?(?=[:/]))");
    /** Closing marks of the wrappings a URL is written in, by opening mark. */
    private static final Map<Character, Character> WRAPPINGS = Map.of(
            '<', '>', '(', ')', '[', ']', '"', '"', '\'', '\'', '“', '”', '‘', '’', '«', '»', '„', '“', '「', '」');
    /** Marks that end a sentence or a clause, taken as the end of an unwrapped URL rather than its last character. */
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}>»\"'”’|。，；：！？）";
    /** Marks that separate an unwrapped URL from a description after it ({@code https://... (Reuters)}). */
    private static final String SEPARATORS = "([{<-–—|,;·•/\"“«'‘";
    /**
     * The end of an address that names a page file ({@code ...-279309.html}, {@code ...-post1.vnp}):
     * such a URL is complete, so a word after it is a description, not the rest of the URL.
     */
    private static final Pattern PAGE_NAME = Pattern.compile(
            "(?i)://[^/]+/.*\\.(s?html?|php\\d?|aspx?|jsp|cfm|vnp|ece|cms)$");
    /** The title Markdown allows after a link's URL: {@code [text](https://... "title")}. */
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("\\s+[\"'(].*$");
    /** Characters a browser percent-escapes when a typed address holds them, and {@link URI} refuses raw. */
    private static final String ESCAPED_BY_BROWSERS = " \"<>^`{|}";
    private static final int QUOTED_LINE_MAX_CHARS = 200;

    /** A labelled source link and the line it was found on. */
    public record Found(URI url, int line) {
    }

    /**
     * Looks through {@code lines} for a labelled source link; the last labelled line with a link
     * decides.
     *
     * @throws StageException at the ingest stage when that line's URL is malformed or ambiguous
     */
    public Optional<Found> find(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = LABELLED.matcher(lines.get(i));
            if (m.matches() && URL_LIKE.matcher(m.group(2)).find()) {
                return Optional.of(new Found(read(m.group(2), lines, i), i));
            }
        }
        return Optional.empty();
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
     * Parses an absolute http(s) URL with a plausible host, as written in a field whose ends are
     * certain (a JSON value, an {@code href}, the inside of a wrapping). A {@code www.} link without
     * a scheme is taken as https; a fragment is dropped, since it is never sent to the server; an
     * internationalised host is written in ASCII; spaces and the other characters a browser escapes
     * are percent-escaped.
     */
    public static Optional<URI> parse(String text) {
        String s = escapeAsBrowsersDo(text.strip());
        if (s.regionMatches(true, 0, "www.", 0, 4)) {
            s = "https://" + s;
        }
        try {
            // 127.1 and 0177.0.0.1 as browsers read them, then a Unicode host in ASCII.
            URI uri = UrlKey.withAsciiHost(Ipv4HostParser.canonical(new URI(s)));
            if (uri == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!scheme.equals("http") && !scheme.equals("https") || host == null || host.isBlank()
                    || !(host.contains(".") || host.equals("localhost") || host.startsWith("["))
                    || host.startsWith(".") || host.endsWith(".")) {
                return Optional.empty();
            }
            String whole = uri.normalize().toString();
            int hash = whole.indexOf('#');
            return Optional.of(URI.create(hash < 0 ? whole : whole.substring(0, hash)));
        } catch (URISyntaxException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Reads the URL in the text after a label on line {@code index}, or reports why it cannot. */
    private static URI read(String rest, List<String> lines, int index) {
        Matcher start = URL_START.matcher(rest);
        if (!start.find()) {
            throw malformed(lines, index, rest.strip(), "it does not start with http:// or https://");
        }
        int from = start.start();
        Character opener = from > 0 ? rest.charAt(from - 1) : null;
        int close = opener == null || !WRAPPINGS.containsKey(opener) ? -1 : closing(rest, from, opener);
        String candidate = close < 0 ? unwrapped(rest, from, lines, index) : rest.substring(from, close).strip();
        if (close >= 0 && opener == '(' && from >= 2 && rest.charAt(from - 2) == ']') {
            candidate = MARKDOWN_TITLE.matcher(candidate).replaceFirst("");
        }
        Optional<URI> url = parse(candidate);
        if (url.isEmpty()) {
            throw malformed(lines, index, candidate, null);
        }
        return url.get();
    }

    /**
     * The URL starting at {@code from} that no wrapping closes: up to the first space, without
     * closing punctuation. Reports a word right after it, which may be the rest of the URL.
     */
    private static String unwrapped(String rest, int from, List<String> lines, int index) {
        int space = from;
        while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
            space++;
        }
        String token = rest.substring(from, space);
        String url = trimTrailingPunctuation(token);
        String after = rest.substring(space).strip();
        if (!after.isEmpty() && url.length() == token.length() && SEPARATORS.indexOf(after.charAt(0)) < 0
                && !PAGE_NAME.matcher(url).find()) {
            throw malformed(lines, index, url, "it is followed by '" + firstWord(after)
                    + "' after a space; if the space belongs to the URL, write it as %20 or put the URL in <...>");
        }
        Matcher second = URL_START.matcher(after);
        if (second.find() && after.indexOf("://", second.start()) >= 0) {
            throw malformed(lines, index, url, "the line names a second URL; keep only the original's");
        }
        return url;
    }

    /** Where the wrapping opened just before {@code from} closes, counting nested brackets; -1 if it does not. */
    private static int closing(String text, int from, char opener) {
        char closer = WRAPPINGS.get(opener);
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == closer && depth == 0) {
                return i;
            } else if (c == closer) {
                depth--;
            } else if (c == opener && opener != closer) {
                depth++;
            }
        }
        return -1;
    }

    /** Drops closing punctuation, but keeps a closing bracket that one inside the URL opened ({@code .../Foo_(bar)}). */
    static String trimTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            char c = s.charAt(end - 1);
            if (c == ')' && count(s, end, '(') > count(s, end, ')') - 1
                    || c == ']' && count(s, end, '[') > count(s, end, ']') - 1) {
                break;
            }
            end--;
        }
        return s.substring(0, end);
    }

    private static int count(String s, int end, char c) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String escapeAsBrowsersDo(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ESCAPED_BY_BROWSERS.indexOf(c) >= 0) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static StageException malformed(List<String> lines, int index, String url, String why) {
        String line = quoted(lines.get(index));
        StringBuilder message = new StringBuilder("the source URL '").append(url).append("' is malformed");
        if (why != null) {
            message.append(": ").append(why);
        }
        message.append(" (line \"").append(line).append("\")");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", url);
        details.put("line", line);
        earlierLink(lines, index).ifPresent(earlier -> {
            message.append("; an earlier source line names ").append(earlier)
                    .append(", but the last source line wins: fix or remove the broken one");
            details.put("earlierUrl", earlier.toString());
        });
        return new StageException(Stage.INGEST, message.toString(), details, null);
    }

    /** The link of the closest well-formed source line above {@code index}, to name it in the error. */
    private static Optional<URI> earlierLink(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Matcher m = LABELLED.matcher(lines.get(i));
            if (m.matches() && URL_LIKE.matcher(m.group(2)).find()) {
                try {
                    return Optional.of(read(m.group(2), lines, i));
                } catch (StageException e) {
                    // a broken line above a broken line: keep looking
                }
            }
        }
        return Optional.empty();
    }

    private static String quoted(String line) {
        String s = line.strip();
        return s.length() <= QUOTED_LINE_MAX_CHARS ? s : s.substring(0, QUOTED_LINE_MAX_CHARS) + "…";
    }
}
