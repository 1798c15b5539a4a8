package dev.tandem.extract;

import dev.tandem.model.Paragraph;
import dev.tandem.model.ParagraphKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns collected blocks into the article's paragraphs, dropping what a reader would not count as
 * article text: blocks without a letter (empty, a date), the title, lead or byline repeated inside
 * the body, body text that
 * repeats a caption, short lines that are nothing but a link ("Xem thêm", a related title), and
 * short furniture lines: meta lines ("Updated at 1:23 p.m."), picture credits, share prompts,
 * "Read more: ..." pointers and calls to follow or subscribe.
 */
final class ParagraphFilter {
    /** Labels the page prints between paragraphs: advertisement slots and reading prompts. */
    /** Page labels are a few words; longer blocks are not even tried against the label pattern. */
    private static final int MAX_LABEL_LENGTH = 80;
    private static final Pattern PAGE_LABEL = Pattern.compile("(?iu)\\W*(advertisement|advertising|sponsored|ad|"
            + "anzeige|werbung|publicité|publicidad|pubblicità|reklama|quảng cáo|реклама|广告|広告|광고|"
            + "story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?|"
            + "read more|read next|weiterlesen|lire la suite|xem thêm|đọc thêm|advert|iklan|"
            + "comments?|no comments|keine kommentare|related|related (posts|articles|stories)|more|"
            + "you may also like|you might also like|don't miss|le puede interesar|te puede interesar|"
            + "ähnliche beiträge|mehr zum thema|lesen sie auch|kontakt|contact|contacto|permalink|permalien|"
            + "close|caption close|close caption|back to gallery|view gallery|open gallery|zur galerie|"
            + "enlarge|vergrößern|bild vergrößern|zoom)\\W*");
    /**
     * A gallery's counter or slide label ("1 of 12", "Image 3 of 20", "Bild 2 von 9", "4 / 15"), left
     * when a slideshow's chrome sits among the article's paragraphs.
     */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("(?iu)\\W*((image|photo|picture|slide|bild|"
            + "foto|imagen|galerie|gallery)\\s+)?\\d+\\s*(of|von|de|sur|/)\\s*\\d+\\W*");
    /**
     * A promotion of the site's own channels: its app ("download the ... app for iOS and Android"),
     * its channel on a video or messaging network, its print edition or subscription ("Subscribe now
     * to our eNATION edition"). Told by a short line with a call to download an app, a channel's
     * name, or a call to subscribe ("eight of ten companies write iOS apps" is not one).
     */
    private static final Pattern PROMOTION = Pattern.compile("(?iu).*(\\b(download|get|install|descarga|descargue|"
            + "herunterladen|téléchargez)\\b.{0,80}\\bapps?\\b|"
            + "\\b(canal|channel|kanal)\\b.{0,20}\\b(youtube|telegram|whatsapp)\\b|"
            + "\\b(youtube|telegram|whatsapp)[-\\s](canal|channel|kanal)\\b|"
            + "\\bsubscribe now\\b|\\bsign up here\\b|\\bjetzt abonnieren\\b|\\bsuscr[ií]bete\\b|"
            + "\\babonnez-vous\\b).*");
    /** Promotions are a line or two; a longer text naming an app is an article about it. */
    private static final int MAX_PROMOTION_WORDS = 30;
    /**
     * A pointer to another article: a "see also" label and a colon, then a headline ("Read more:
     * Looted colonial art", "Lea también: ...", "[Related: ...]"). The label list is closed so that
     * a sentence that merely starts with "More" survives.
     */
    private static final Pattern SEE_ALSO = Pattern.compile("(?iu)\\W{0,3}(read more|read also|also read|related"
            + "( \\w+)?|see also|see more|more on this|also|lea también|lea más|lea|lee también|vea también|"
            + "ver también|mira|le puede interesar|te puede interesar|lesen sie auch|auch interessant|"
            + "zum weiterlesen|mehr zum thema|mehr themen|weitere beiträge|lire aussi|à lire aussi|voir aussi|"
            + "leggi anche|czytaj też|czytaj także|xem thêm|đọc thêm)\\s*:.*");
    /** Longer lines after a "see also" label are prose ("Also: the court ruled that..."). */
    private static final int MAX_SEE_ALSO_WORDS = 25;
    /**
     * Calls to follow the site or subscribe to it ("Follow Newsbeat on Instagram, Facebook and
     * Twitter", "Sign up for our newsletters"), told by a follow verb near a network name or a
     * subscribe verb near "newsletter".
     */
    private static final Pattern FOLLOW_PROMPT = Pattern.compile("(?iu)(\\bfollow\\b.{0,80}\\b(on|at) "
            + "(twitter|facebook|instagram|youtube|linkedin|tiktok)\\b|\\b(sign up|subscribe)\\b.{0,80}\\b"
            + "newsletters?\\b|\\bnewsletters?\\b.{0,80}\\b(sign up|subscribe)\\b).*");
    /** Longer lines mentioning a follow or subscribe call are article text about it. */
    private static final int MAX_PROMPT_WORDS = 40;
    /**
     * The article's meta line printed in the body: when it was posted or updated, how long it takes
     * to read, where it was filed ("Updated at 1:23 p.m.", "Posted: Fri 6:45 PM, Feb 16, 2018 |",
     * "Tempo de leitura: 2 minutos", "Filed under: Politics").
     */
    private static final Pattern META_LINE = Pattern.compile("(?iu)\\W*(posted|updated|published|last updated|"
            + "last modified|aktualisiert|veröffentlicht|actualizado|publicado|mis à jour|publié|release date|"
            + "reading time|read time|lesezeit|tempo de leitura|tiempo de lectura|temps de lecture|filed under)"
            + "\\b.*");
    /** Meta lines are short; a longer line starting "Published" is a sentence. */
    private static final int MAX_META_WORDS = 12;
    /**
     * A picture credit standing alone as a line ("Photograph by Ed Marshall", "(Credit: Grist)",
     * "Crédits photos : Bestimage", "Foto: Timur"), not kept as a caption.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)\\W{0,2}(photo|photos|photograph|picture|"
            + "image|credit|credits|crédits?( photos?)?|foto|fotos|bild|kuva|©)(\\s*:|\\s+by\\b|\\s+©).*");
    /** Credits are a few names; a longer line is a sentence about a photograph. */
    private static final int MAX_CREDIT_WORDS = 10;
    /** A prompt to share the article: a short question or exclamation naming sharing. */
    private static final Pattern SHARE_PROMPT = Pattern.compile("(?iu).*\\b(share|teilen|compartir|comparte|"
            + "partager|partagez|condividi|udostępnij)\\b.*[?!]\\W*");
    private static final int MAX_SHARE_PROMPT_WORDS = 10;
    /** A line is "link only" when at least this share of it is link text. */
    private static final double LINK_ONLY_SHARE = 0.9;
    /** Longer link-only lines are kept: some sites link whole sentences of prose. */
    private static final int MAX_LINK_LINE_WORDS = 15;
    /** The longest furniture line any of the rules below looks at. */
    private static final int MAX_FURNITURE_WORDS = MAX_PROMPT_WORDS;

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
                    || block.text().length() <= MAX_LABEL_LENGTH && PAGE_LABEL.matcher(block.text()).matches()
                    || isFurnitureLine(block.text())) {
                continue;
            }
            kept.add(new Paragraph(block.kind(), block.text()));
        }
        dropTrailingHeadings(kept);
        return kept;
    }

    /**
     * Drops the headings after the last paragraph of text: with nothing of the article under them
     * they title what cleaning removed ("Weitere Beiträge aus der Kolumne:", "Quellenangaben:",
     * "Teilnehmende Blogs:"), or a box that followed the story. Captions after them stay.
     */
    private static void dropTrailingHeadings(List<Paragraph> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            ParagraphKind kind = kept.get(i).kind();
            if (kind == ParagraphKind.BODY || kind == ParagraphKind.QUOTE) {
                return;
            }
            if (kind == ParagraphKind.HEADING) {
                kept.remove(i);
            }
        }
    }

    /** Lines without a letter are dates, times or counters left from the article's meta line. */
    private static boolean hasLetter(String key) {
        return key.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * A meta line, a picture credit, a share prompt, a "see also" pointer to another article, a
     * call to follow or subscribe, a promotion of the site's app or channels, or a gallery counter:
     * all short.
     */
    private static boolean isFurnitureLine(String text) {
        int words = wordCount(text);
        if (words > MAX_FURNITURE_WORDS) {
            return false;
        }
        // Each pattern is tried only when the characters or words it needs are there: most lines
        // are prose, and the patterns scan the whole line.
        boolean digit = false;
        boolean colon = false;
        boolean exclamation = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digit |= c >= '0' && c <= '9' || Character.isDigit(c);
            colon |= c == ':';
            exclamation |= c == '?' || c == '!';
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // A meta line carries a number (a date, a time, minutes) or a colon after its label.
        return words <= MAX_META_WORDS && (digit || colon) && META_LINE.matcher(text).matches()
                || words <= MAX_CREDIT_WORDS && (colon || lower.contains("by") || lower.indexOf('©') >= 0)
                        && CREDIT_LINE.matcher(text).matches()
                || words <= MAX_SHARE_PROMPT_WORDS && exclamation && SHARE_PROMPT.matcher(text).matches()
                || words <= MAX_SEE_ALSO_WORDS && colon && SEE_ALSO.matcher(text).matches()
                || words <= MAX_PROMPT_WORDS && containsAny(lower, FOLLOW_WORDS) && FOLLOW_PROMPT.matcher(text).find()
                || words <= MAX_PROMOTION_WORDS && containsAny(lower, PROMOTION_WORDS)
                        && PROMOTION.matcher(text).matches()
                || digit && GALLERY_COUNTER.matcher(text).matches();
    }

    /** Words one of which a follow or newsletter prompt always holds. */
    private static final List<String> FOLLOW_WORDS = List.of("follow", "newsletter");
    /** Words one of which a promotion always holds. */
    private static final List<String> PROMOTION_WORDS = List.of("app", "canal", "channel", "kanal", "subscribe",
            "sign up", "abonn", "suscr");

    private static boolean containsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words separated by single spaces, as collapsed text has them; counted without splitting. */
    private static int wordCount(String text) {
        int words = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private static boolean isShortLinkLine(TextBlock block) {
        int length = block.text().length();
        boolean linkOnly = block.linkLength() >= LINK_ONLY_SHARE * length;
        return linkOnly && block.text().split(" ").length <= MAX_LINK_LINE_WORDS;
    }
}
