package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataReaderTest {
    private final PageMetadataReader reader = new PageMetadataReader();

    @Test
    void readsTitleFromJsonLdBeforeOpenGraph() {
        PageMetadata metadata = read("""
                <head><script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Việt Nam – Pháp: 50 năm quan hệ ngoại giao"}
                </script><meta property="og:title" content="Việt Nam - Pháp | Báo Quốc tế"></head>
                <body><h1>Tiêu đề khác</h1></body>""");

        assertThat(metadata.title()).isEqualTo("Việt Nam – Pháp: 50 năm quan hệ ngoại giao");
    }

    @Test
    void readsModifiedDateSectionAndHreflangAlternates() {
        PageMetadata metadata = read("""
                <head><meta property="article:modified_time" content="2024-07-19T10:00:00+07:00">
                <meta property="article:section" content="Thế giới">
                <link rel="alternate" hreflang="vi" href="https://baoquocte.vn/a-1.html">
                <link rel="alternate" hreflang="en" href="/en/a-1.html">
                <link rel="alternate" type="application/rss+xml" href="/rss"></head>
                <body><p>Nội dung.</p></body>""");

        assertThat(metadata.modifiedAt()).isEqualTo("2024-07-19T10:00:00+07:00");
        assertThat(metadata.section()).isEqualTo("Thế giới");
        assertThat(metadata.alternates()).containsExactly(
                java.util.Map.entry("vi", "https://baoquocte.vn/a-1.html"),
                java.util.Map.entry("en", "https://example.org/en/a-1.html"));
    }

    @Test
    void readsDublinCoreWhenNothingElseIsDeclared() {
        PageMetadata metadata = read("""
                <head><meta name="DC.title" content="Hội nghị thượng đỉnh"><meta name="DC.creator" content="Minh Anh">
                <meta name="DC.date.issued" content="2024-06-19"></head><body><p>Nội dung.</p></body>""");

        assertThat(metadata.title()).isEqualTo("Hội nghị thượng đỉnh");
        assertThat(metadata.author()).isEqualTo("Minh Anh");
        assertThat(metadata.publishedAt()).isEqualTo("2024-06-19");
    }

    @Test
    void readsTitleFromOpenGraphWithoutJsonLd() {
        PageMetadata metadata = read("""
                <head><meta property="og:title" content="Le Vietnam et la France renforcent leur coopération"></head>
                <body><h1>Autre titre</h1></body>""");

        assertThat(metadata.title()).isEqualTo("Le Vietnam et la France renforcent leur coopération");
    }

    @Test
    void readsTitleFromFirstH1WithoutMetadata() {
        PageMetadata metadata = read("<head><title>Trang | Báo</title></head><body><h1> Thủ tướng  tiếp Đại sứ Nhật Bản </h1><h1>Khác</h1></body>");

        assertThat(metadata.title()).isEqualTo("Thủ tướng tiếp Đại sứ Nhật Bản");
    }

    @Test
    void readsTitleTagWithoutSiteNameAsLastResort() {
        PageMetadata metadata = read("""
                <head><title>Giá vàng hôm nay 19/7 | Báo Quốc tế</title>
                <meta property="og:site_name" content="Báo Quốc tế"></head><body></body>""");

        assertThat(metadata.title()).isEqualTo("Giá vàng hôm nay 19/7");
        assertThat(metadata.siteName()).isEqualTo("Báo Quốc tế");
    }

    @Test
    void readsArticleFromJsonLdGraph() {
        PageMetadata metadata = read("""
                <head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Le Courrier du Vietnam"},
                  {"@type": ["NewsArticle"], "headline": "Hanoï accueille le sommet",
                   "datePublished": "2024-07-19T08:15:00+07:00",
                   "author": [{"@type": "Person", "name": "Minh Thu"}, {"@type": "Person", "name": "Hoài Nam"}],
                   "publisher": {"@type": "Organization", "name": "Le Courrier du Vietnam"}}]}
                </script></head><body></body>""");

        assertThat(metadata.title()).isEqualTo("Hanoï accueille le sommet");
        assertThat(metadata.author()).isEqualTo("Minh Thu, Hoài Nam");
        assertThat(metadata.publishedAt()).isEqualTo("2024-07-19T08:15:00+07:00");
        assertThat(metadata.siteName()).isEqualTo("Le Courrier du Vietnam");
    }

    @Test
    void toleratesMalformedJsonLd() {
        PageMetadata metadata = read("""
                <head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta name="author" content="Ngọc Anh">
                <meta property="article:published_time" content="2024-07-19T08:15:00+07:00"></head>
                <body><h1>Phái đoàn quân sự Nga thăm Triều Tiên</h1></body>""");

        assertThat(metadata.title()).isEqualTo("Phái đoàn quân sự Nga thăm Triều Tiên");
        assertThat(metadata.author()).isEqualTo("Ngọc Anh");
        assertThat(metadata.publishedAt()).isEqualTo("2024-07-19T08:15:00+07:00");
    }

    @Test
    void readsAuthorFromBylineWhenNotDeclared() {
        PageMetadata metadata = read("<body><div class='article'><p class='author'>Thanh Bình</p></div></body>");

        assertThat(metadata.author()).isEqualTo("Thanh Bình");
    }

    @Test
    void readsDateFromTimeElement() {
        PageMetadata metadata = read("<body><article><time datetime='2024-07-19T08:15:00+07:00'>19/07/2024</time></article></body>");

        assertThat(metadata.publishedAt()).isEqualTo("2024-07-19T08:15:00+07:00");
    }

    @Test
    void normalisesLocaleToBcp47() {
        PageMetadata metadata = read("<head><meta property='og:locale' content='vi_VN'></head><body></body>");

        assertThat(metadata.language()).isEqualTo("vi-VN");
        assertThat(PageMetadataReader.languageTag("vi-vn")).isEqualTo("vi-VN");
        assertThat(PageMetadataReader.languageTag("fr, en")).isEqualTo("fr");
        assertThat(PageMetadataReader.languageTag(" ")).isNull();
    }

    @Test
    void prefersHtmlLangForLanguage() {
        PageMetadata metadata = read("<html lang='fr-FR'><head><meta property='og:locale' content='vi_VN'></head><body></body></html>");

        assertThat(metadata.language()).isEqualTo("fr-FR");
    }

    @Test
    void readsCanonicalUrlBeforeOpenGraphUrl() {
        PageMetadata metadata = read("""
                <head><link rel="canonical" href="https://baoquocte.vn/bai-viet-279309.html">
                <meta property="og:url" content="https://baoquocte.vn/bai-viet-279309.html?utm=fb"></head><body></body>""");

        assertThat(metadata.canonicalUrl()).isEqualTo("https://baoquocte.vn/bai-viet-279309.html");
    }

    @Test
    void prefersArticleH1OverSiteSuffixedOgTitle() {
        PageMetadata metadata = read("""
                <head><meta property="og:title" content="Akkus für ein Motorrad gebaut? - Golem.de"></head>
                <body><article><h1>Akkus für ein Motorrad gebaut?</h1></article></body>""");

        assertThat(metadata.title()).isEqualTo("Akkus für ein Motorrad gebaut?");
    }

    @Test
    void stripsSuffixNamingTheSite() {
        PageMetadata metadata = read("""
                <head><meta property="og:title" content="Wero besteht Praxistest | Börsen-Zeitung">
                <meta property="og:site_name" content="Börsen-Zeitung"></head><body><p>Text.</p></body>""");

        assertThat(metadata.title()).isEqualTo("Wero besteht Praxistest");
    }

    @Test
    void dropsKickerThatOnlyOneDeclaredTitleCarries() {
        PageMetadata metadata = read("""
                <head><script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig"}
                </script><meta property="og:title" content="Judy Lybke, ganz und gar nicht eigenartig"></head>
                <body><p>Text.</p></body>""");

        assertThat(metadata.title()).isEqualTo("Judy Lybke, ganz und gar nicht eigenartig");
    }

    @Test
    void keepsKickerWhenOnlyTheH1LacksIt() {
        PageMetadata metadata = read("""
                <head><meta property="og:title" content="Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden"></head>
                <body><nav><h1>Trump-Anwältin soll Justizministerin werden</h1></nav></body>""");

        assertThat(metadata.title()).isEqualTo("Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden");
    }

    private PageMetadata read(String html) {
        return reader.read(Jsoup.parse(html, "https://example.org/"));
    }
}
