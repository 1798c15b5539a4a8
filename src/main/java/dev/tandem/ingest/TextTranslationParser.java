package dev.tandem.ingest;

import dev.tandem.model.Article;
import dev.tandem.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a plain-text translation into an {@link Article}: one paragraph per line (or per block,
 * when the text is hard-wrapped with blank lines between paragraphs), the labelled source line
 * taken out, trailing page boilerplate such as {@code Comment (0)} dropped, image captions told
 * apart from the body.
 *
 * <p>A caption is recognised by what copying one from a news page leaves behind: a trailing cell
 * separator ({@code ... (Source : KCNA) |}, as in the seed) or a closing photo credit such as
 * {@code (Photo: VNA)} on a short line. The first line becomes the title only when it reads like
 * one: short and without closing punctuation.
 */
public final class TextTranslationParser {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?iu)^(comments?|commentaires?|commentaire|bình luận|ý kiến|kommentare?|comentarios?|comentários"
                    + "|commenti|комментарии|评论|評論|コメント|댓글|share|partager|chia sẻ|tweet|like|print|imprimer"
                    + "|in bài|back to top|retour en haut|lên đầu trang)\\s*[(\\[]?\\s*\\d*\\s*[)\\]]?\\s*$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu).*[(\\[]\\s*(photo|photos|ảnh|nguồn|source|crédit|credit|crédits|foto|fotografía|bild|фото|图|圖|写真|사진"
                    + "|image|illustration|minh họa)\\b[^()\\[\\]]{0,80}[)\\]]\\s*[.]?\\s*\\|?\\s*$");
    private static final int CAPTION_MAX_CHARS = 400;
    private static final int TITLE_MAX_CHARS = 200;

    private final SourceUrlFinder finder = new SourceUrlFinder();

    /** The parsed article and the source link found in the text, if any. */
    public record Parsed(Article article, Optional<SourceUrlFinder.Found> source) {
    }

    /** Parses {@code text}; the caller decides whether a missing source link is an error. */
    public Parsed parse(String text) {
        List<String> lines = paragraphs(text);
        Optional<SourceUrlFinder.Found> source = finder.find(lines);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!finder.isSourceLine(line)) {
                kept.add(line);
            }
        }
        while (!kept.isEmpty() && BOILERPLATE.matcher(kept.get(kept.size() - 1)).matches()) {
            kept.remove(kept.size() - 1);
        }
        String title = null;
        if (kept.size() >= 3 && looksLikeTitle(kept.get(0), setApart(text, kept.get(0)))) {
            title = kept.remove(0);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : kept) {
            paragraphs.add(isCaption(line) ? Paragraph.caption(stripCellSeparator(line)) : Paragraph.body(line));
        }
        return new Parsed(Article.of(title, null, paragraphs), source);
    }

    static boolean isCaption(String line) {
        if (line.length() > CAPTION_MAX_CHARS) {
            return false;
        }
        return line.endsWith(" |") || line.endsWith("\t|") || PHOTO_CREDIT.matcher(line).matches();
    }

    /**
     * Whether {@code line} reads like a headline: short, not a caption, and without closing
     * punctuation. A headline set apart by a blank line above a body whose paragraphs are not
     * (the way desks lay out a headline) may end as a sentence does: it may ask ("Qu'est-ce que le
     * hip hop politique ?") and, translated sentence by sentence, it often keeps a full stop.
     */
    private static boolean looksLikeTitle(String line, boolean setApart) {
        String closing = setApart ? "(?s).*[:;,]\\s*$" : "(?s).*[.!?…:;,。！？]\\s*$";
        return line.length() <= TITLE_MAX_CHARS && !line.matches(closing) && !isCaption(line);
    }

    /**
     * Whether {@code first}, the text's first line, stands in a block of its own above a block of
     * several lines: a headline set apart, not one more blank-line-separated paragraph.
     */
    private static boolean setApart(String text, String first) {
        String[] blocks = text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n", 3);
        if (blocks.length < 2) {
            return false;
        }
        List<String> head = new ArrayList<>();
        addCollapsed(head, blocks[0]);
        return head.size() == 1 && head.get(0).equals(first) && !blocks[0].contains("\n")
                && blocks[1].strip().contains("\n");
    }

    private static String stripCellSeparator(String line) {
        return line.replaceFirst("\\s*\\|\\s*$", "").strip();
    }

    /**
     * Splits into paragraphs. Text whose blank-line-separated blocks mostly span several short lines
     * is hard-wrapped, and its blocks are the paragraphs; otherwise each non-blank line is one.
     */
    static List<String> paragraphs(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] blocks = normalised.split("\n\\s*\n");
        int wrapped = 0;
        for (String block : blocks) {
            String[] lines = block.strip().split("\n");
            if (lines.length > 1 && maxLength(lines) <= 100) {
                wrapped++;
            }
        }
        List<String> result = new ArrayList<>();
        if (blocks.length > 1 && wrapped * 2 >= blocks.length) {
            for (String block : blocks) {
                addCollapsed(result, block.replace('\n', ' '));
            }
        } else {
            for (String line : normalised.split("\n")) {
                addCollapsed(result, line);
            }
        }
        return result;
    }

    private static int maxLength(String[] lines) {
        int max = 0;
        for (String l : lines) {
            max = Math.max(max, l.strip().length());
        }
        return max;
    }

    private static void addCollapsed(List<String> out, String s) {
        String collapsed = s.replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
        if (!collapsed.isEmpty()) {
            out.add(collapsed);
        }
    }
}
