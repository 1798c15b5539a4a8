package dev.tandem.extract;

import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns collected blocks into the article's paragraphs, dropping what a reader would not count as
 * article text: blocks without a letter (empty, a date), the title, lead or byline repeated inside
 * the body, body text that
 * repeats a caption, and short lines that are nothing but a link ("Xem thêm", a related title).
 */
final class ParagraphFilter {
    /** Labels the page prints between paragraphs: advertisement slots and reading prompts. */
    private static final Pattern PAGE_LABEL = Pattern.compile("(?iu)\\W*(advertisement|advertising|sponsored|ad|"
            + "anzeige|werbung|publicité|publicidad|pubblicità|reklama|quảng cáo|реклама|广告|広告|광고|"
            + "story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?|"
            + "read more|read next|weiterlesen|lire la suite|xem thêm|đọc thêm)\\W*");
    /** A line is "link only" when at least this share of it is link text. */
    private static final double LINK_ONLY_SHARE = 0.9;
    /** Longer link-only lines are kept: some sites link whole sentences of prose. */
    private static final int MAX_LINK_LINE_WORDS = 15;

    /**
     * The paragraphs worth keeping, in the blocks' order.
     *
     * @param blocks blocks in reading order
     * @param title the article title, or null
     * @param lead the lead, or null
     * @param author the byline, or null
     */
    List<Paragraph> filter(List<TextBlock> blocks, String title, String lead, String author) {
        Set<String> repeats = new HashSet<>();
        for (String known : new String[] {title, lead, author}) {
            String key = WhitespaceCollapser.comparisonKey(known);
            if (!key.isEmpty()) {
                repeats.add(key);
            }
        }
        Set<String> captions = new HashSet<>();
        for (TextBlock block : blocks) {
            if (block.kind() == ParagraphKind.CAPTION) {
                captions.add(WhitespaceCollapser.comparisonKey(block.text()));
            }
        }
        List<Paragraph> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            String key = WhitespaceCollapser.comparisonKey(block.text());
            boolean repeatsCaption = block.kind() != ParagraphKind.CAPTION && captions.contains(key);
            if (!hasLetter(key) || repeats.contains(key) || repeatsCaption || isShortLinkLine(block)
                    || PAGE_LABEL.matcher(block.text()).matches()) {
                continue;
            }
            kept.add(new Paragraph(block.kind(), block.text()));
        }
        return kept;
    }

    /** Lines without a letter are dates, times or counters left from the article's meta line. */
    private static boolean hasLetter(String key) {
        return key.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isShortLinkLine(TextBlock block) {
        int length = block.text().length();
        boolean linkOnly = block.linkLength() >= LINK_ONLY_SHARE * length;
        return linkOnly && block.text().split(" ").length <= MAX_LINK_LINE_WORDS;
    }
}
