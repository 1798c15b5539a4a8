package dev.tandem.bench;

import dev.tandem.align.evaluation.ParallelCorpus;
import dev.tandem.align.evaluation.ParallelDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairs for the pipeline benchmark, made from the real articles of NTREX-128 in
 * {@code ../shared/data/parallel}: the original as a news page (site header and menu, headline,
 * byline, standfirst, body, tags, related links, footer, JSON-LD), the translation as a text file
 * with its headline, paragraphs and a labelled Source line, as desks send them. Most originals are
 * Vietnamese; one in four is Chinese or French. Pair {@code i} has its own address, so every pair
 * is new to the ledger.
 */
public final class BenchPairs {
    /** Language pairs in turn: source, then translation. */
    private static final String[][] PAIRS = {
        {"vi", "fr"}, {"vi", "en"}, {"vi", "es"}, {"vi", "de"}, {"vi", "fr"}, {"vi", "en"}, {"zh", "fr"}, {"fr", "vi"}};
    private static final Map<String, String> SOURCE_LABELS = Map.of("fr", "Source :", "en", "Source:", "es", "Fuente:",
            "de", "Quelle:", "vi", "Nguồn:");
    private static final Map<String, String[]> MENUS = Map.of(
            "vi", new String[] {"Thời sự", "Thế giới", "Kinh tế", "Văn hóa", "Thể thao", "Bình luận"},
            "zh", new String[] {"首页", "国际", "财经", "文化", "体育", "评论"},
            "fr", new String[] {"Actualité", "Monde", "Économie", "Culture", "Sport", "Commentaires"});

    private final List<List<ParallelDocument>> documents;

    private BenchPairs(List<List<ParallelDocument>> documents) {
        this.documents = documents;
    }

    /** Reads the articles of every language pair used. */
    public static BenchPairs load(Path parallelData) throws IOException {
        List<List<ParallelDocument>> documents = new ArrayList<>();
        for (String[] pair : PAIRS) {
            List<ParallelDocument> docs = ParallelCorpus.ntrex(parallelData, pair[0], pair[1]).stream()
                    .filter(d -> d.source().size() >= 4)
                    .toList();
            if (docs.isEmpty()) {
                throw new IOException("no NTREX articles for " + pair[0] + "-" + pair[1] + " under " + parallelData);
            }
            documents.add(docs);
        }
        return new BenchPairs(documents);
    }

    /** One generated pair: the page's path on the server, the page, and the translation file's name and text. */
    public record Pair(String pagePath, byte[] page, String translationName, byte[] translation) {
        /** The translation's language, as its name gives it ({@code <n>-vi-fr.txt}). */
        public String translationLanguage() {
            String[] parts = translationName.replace(".txt", "").split("-");
            return parts[parts.length - 1];
        }
    }

    /** Pair {@code i}, its original served at {@code baseUrl + pagePath}. */
    public Pair pair(int i, String baseUrl) {
        String[] languages = PAIRS[i % PAIRS.length];
        List<ParallelDocument> docs = documents.get(i % PAIRS.length);
        ParallelDocument doc = docs.get((i / PAIRS.length) % docs.size());
        String pagePath = "/tin-tuc/" + languages[0] + "-" + doc.id().replaceAll("[^A-Za-z0-9]", "") + "-" + i + ".html";
        String url = baseUrl + pagePath;
        List<List<String>> sourceParagraphs = paragraphs(doc.source());
        List<List<String>> targetParagraphs = paragraphs(doc.target());
        String page = page(languages[0], url, doc, sourceParagraphs, docs.get((i / PAIRS.length + 1) % docs.size()));
        StringBuilder text = new StringBuilder();
        text.append(doc.target().get(0)).append("\n\n");
        for (List<String> paragraph : targetParagraphs) {
            text.append(String.join(" ", paragraph)).append('\n');
        }
        text.append('\n').append(SOURCE_LABELS.get(languages[1])).append(' ').append(url).append('\n');
        String name = String.format("%05d-%s-%s.txt", i, languages[0], languages[1]);
        return new Pair(pagePath, page.getBytes(StandardCharsets.UTF_8), name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The body after the headline, in paragraphs of one to three sentences. */
    static List<List<String>> paragraphs(List<String> sentences) {
        List<List<String>> paragraphs = new ArrayList<>();
        int k = 1;
        for (int size = 1; k < sentences.size(); size = size % 3 + 1) {
            paragraphs.add(sentences.subList(k, Math.min(sentences.size(), k + size)));
            k += size;
        }
        return paragraphs;
    }

    /** A news page around {@code paragraphs}, with site furniture and links to {@code related}. */
    static String page(String language, String url, ParallelDocument doc, List<List<String>> paragraphs,
            ParallelDocument related) {
        String title = escape(doc.source().get(0));
        String[] menu = MENUS.getOrDefault(language, MENUS.get("fr"));
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!doctype html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append(" | Tin Tức Quốc Tế</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/css/main.min.css?v=20261128\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(title.replace("\"", "\\\"")).append("\",")
                .append("\"datePublished\":\"2026-11-20T08:15:00+07:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Ngọc Anh\"}}")
                .append("</script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n")
                .append("</head>\n<body class=\"page-article\">\n<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">")
                .append("<img src=\"/static/logo.svg\" alt=\"Tin Tức\"></a></div>\n<nav class=\"main-menu\"><ul>");
        for (String item : menu) {
            html.append("<li><a href=\"/").append(item.hashCode() & 0xffff).append("\">").append(item).append("</a></li>");
        }
        html.append("</ul></nav>\n<form class=\"search\"><input name=\"q\" placeholder=\"…\"></form></header>\n")
                .append("<div class=\"ad ad-top\"><iframe src=\"/ads/banner\" width=\"728\" height=\"90\"></iframe></div>\n")
                .append("<main class=\"container\">\n<div class=\"breadcrumb\"><a href=\"/\">").append(menu[0])
                .append("</a> › <a href=\"/the-gioi\">").append(menu[1]).append("</a></div>\n")
                .append("<article class=\"article-detail\">\n<h1 class=\"article-title\">").append(title).append("</h1>\n")
                .append("<div class=\"article-meta\"><span class=\"author\">Ngọc Anh</span> · ")
                .append("<time datetime=\"2026-11-20T08:15:00+07:00\">20/11/2026 08:15</time></div>\n")
                .append("<div class=\"share\"><a href=\"#fb\">Facebook</a> <a href=\"#zalo\">Zalo</a></div>\n")
                .append("<div class=\"article-body\">\n");
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = escape(String.join(" ", paragraphs.get(p)));
            html.append(p == 0 ? "<p class=\"sapo\"><strong>" + text + "</strong></p>\n" : "<p>" + text + "</p>\n");
        }
        html.append("</div>\n<div class=\"tags\"><span>Tags:</span> <a href=\"/tag/1\">").append(menu[1])
                .append("</a> <a href=\"/tag/2\">").append(menu[2]).append("</a></div>\n</article>\n")
                .append("<aside class=\"related\"><h3>").append(menu[5]).append("</h3><ul>\n");
        for (int k = 0; k < Math.min(5, related.source().size()); k++) {
            html.append("<li><a href=\"/tin-tuc/lien-quan-").append(k).append(".html\">")
                    .append(escape(related.source().get(k))).append("</a></li>\n");
        }
        html.append("</ul></aside>\n</main>\n<footer class=\"site-footer\"><p>© 2026 Tin Tức Quốc Tế. ")
                .append("Giấy phép số 123/GP-BTTTT.</p><p><a href=\"/lien-he\">Liên hệ</a> · ")
                .append("<a href=\"/quang-cao\">Quảng cáo</a></p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The label a desk writing in {@code language} puts before the original's address. */
    static String sourceLabel(String language) {
        return SOURCE_LABELS.getOrDefault(language, "Source:");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
