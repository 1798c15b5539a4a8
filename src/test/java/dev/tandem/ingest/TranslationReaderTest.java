package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.extract.ArticleExtractor;
import dev.tandem.fetch.FetchPolicy;
import dev.tandem.fetch.HttpPageFetcher;
import dev.tandem.fetch.SnapshotStore;
import dev.tandem.fetch.SourceFetcher;
import dev.tandem.model.ParagraphKind;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.Samples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import dev.tandem.fetch.Digests;
import dev.tandem.testing.TestSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationReaderTest {
    @TempDir
    Path dir;

    private TranslationReader reader() {
        ArticleExtractor extractor = new ArticleExtractor();
        SourceFetcher fetcher = new SourceFetcher(new HttpPageFetcher(TestSetup.localFetch(), Clock.systemUTC()), new SnapshotStore(dir.resolve("snapshots"), List.of()), FetchPolicy.NETWORK_FIRST);
        return new TranslationReader(new HtmlTranslationParser(extractor, List.of("vi")), fetcher);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsSeedAsText() {
        Translation t = reader().read(Samples.SEED);
        assertThat(t.format()).isEqualTo("text");
        assertThat(t.sourceUrl()).hasToString(Samples.SEED_SOURCE_URL);
        assertThat(t.identity()).isEqualTo("fr-baoquocte-phai-doan-quan-su-nga.txt");
        assertThat(t.sha256()).hasSize(64);
    }

    @Test
    void readsHtmlTranslationWithHreflangAlternate() throws IOException {
        Path page = write("es.html", """
                <!DOCTYPE html><html lang="es"><head><title>Metro</title>
                <link rel="canonical" href="https://es.example.org/metro">
                <link rel="alternate" hreflang="vi" href="https://www.vietnamplus.vn/metro-post1.vnp">
                <link rel="alternate" hreflang="es" href="https://es.example.org/metro"></head>
                <body><article><h1>El metro de Hanói entra en servicio</h1>
                <p>El tramo elevado de la línea de metro entró hoy en operación comercial, según las autoridades.</p>
                <figure><img src="a.jpg"><figcaption>Pasajeros en la estación. (Foto: VNA)</figcaption></figure>
                <p>Miles de pasajeros viajaron en el primer día, con trenes cada diez minutos.</p></article></body></html>
                """);
        Translation t = reader().read(page);
        assertThat(t.format()).isEqualTo("html");
        assertThat(t.sourceUrl()).hasToString("https://www.vietnamplus.vn/metro-post1.vnp");
        assertThat(t.url()).isEqualTo("https://es.example.org/metro");
        assertThat(t.identity()).isEqualTo("es.html");
        assertThat(t.article().title()).isEqualTo("El metro de Hanói entra en servicio");
        assertThat(t.article().captions()).hasSize(1);
        assertThat(t.article().paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.BODY).hasSize(2);
    }

    @Test
    void labelledLinkInHtmlWinsOverAlternatesAndIsNotBodyText() throws IOException {
        Path page = write("es.html", """
                <html lang="es"><head>
                <link rel="alternate" hreflang="en" href="https://en.example.org/metro">
                <link rel="alternate" hreflang="vi" href="https://www.vietnamplus.vn/other-post2.vnp"></head>
                <body><article><h1>El metro</h1>
                <p>El tramo elevado de la línea de metro entró hoy en operación comercial, según las autoridades.</p>
                <p>Fuente: <a href="https://www.vietnamplus.vn/metro-post1.vnp">https://www.vietnamplus.vn/metro-post1.vnp</a></p>
                </article></body></html>
                """);
        Translation t = reader().read(page);
        assertThat(t.sourceUrl()).hasToString("https://www.vietnamplus.vn/metro-post1.vnp");
        assertThat(t.article().paragraphs()).noneMatch(p -> p.text().startsWith("Fuente"));
    }

    @Test
    void readsOriginalFromJsonLdTranslationOfWork() throws IOException {
        Path page = write("en.html", """
                <html lang="en"><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hanoi metro opens",
                 "translationOfWork": {"@type": "NewsArticle", "url": "https://www.vietnamplus.vn/metro-post1.vnp"}}
                </script></head><body><article><h1>Hanoi metro opens</h1>
                <p>The elevated section of the metro line entered commercial service today, officials said.</p>
                </article></body></html>
                """);
        assertThat(reader().read(page).sourceUrl()).hasToString("https://www.vietnamplus.vn/metro-post1.vnp");
    }

    @Test
    void refusesToGuessAmongSeveralAlternates() throws IOException {
        Path page = write("es.html", """
                <html lang="es"><head>
                <link rel="alternate" hreflang="en" href="https://en.example.org/metro">
                <link rel="alternate" hreflang="fr" href="https://fr.example.org/metro"></head>
                <body><article><h1>El metro</h1>
                <p>El tramo elevado de la línea de metro entró hoy en operación comercial, según las autoridades.</p>
                </article></body></html>
                """);
        assertIngestError(page, "none is marked as the original");
    }

    @Test
    void readsJobWithText() throws IOException {
        Path job = write("job.json", """
                {"id": "desk-42", "translationText": "Premier paragraphe.\\nDeuxième paragraphe.",
                 "sourceUrl": "https://baoquocte.vn/a-1.html", "translator": "M. Dupont", "sourceLanguage": "vi"}
                """);
        Translation t = reader().read(job);
        assertThat(t.format()).isEqualTo("job");
        assertThat(t.identity()).isEqualTo("desk-42");
        assertThat(t.declaredSourceLanguage()).isEqualTo("vi");
        assertThat(t.metadata()).containsEntry("translator", "M. Dupont").doesNotContainKey("translationText");
        assertThat(t.article().paragraphs()).hasSize(2);
    }

    @Test
    void readsJobWithTranslationUrlFetchedFromServer() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.html("/en/metro", """
                    <html lang="en"><body><article><h1>Hanoi metro opens</h1>
                    <p>The elevated section of the metro line entered commercial service today, officials said.</p>
                    <p>Source: https://www.vietnamplus.vn/metro-post1.vnp</p></article></body></html>
                    """);
            Path job = write("job.json", "{\"translationUrl\": \"" + server.url("/en/metro") + "\"}");
            Translation t = reader().read(job);
            assertThat(t.url()).isEqualTo(server.url("/en/metro"));
            assertThat(t.identity()).isEqualTo(server.url("/en/metro"));
            assertThat(t.sourceUrl()).hasToString("https://www.vietnamplus.vn/metro-post1.vnp");
        }
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        assertIngestError(write("empty.txt", " \n\n "), "the file is empty");
    }

    @Test
    void rejectsBinaryFile() throws IOException {
        Path file = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F'});
        assertIngestError(file, "binary");
    }

    @Test
    void rejectsTextInAnotherEncoding() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"),
                "Élysée a déclaré.\nSource: https://example.org/a".getBytes(Charset.forName("ISO-8859-1")));
        assertIngestError(file, "not UTF-8");
    }

    @Test
    void rejectsTranslationWithoutSourceLink() throws IOException {
        assertIngestError(write("nosource.txt", "Un paragraphe.\n(Source : KCNA)\n"), "no source URL");
    }

    @Test
    void rejectsMalformedSourceLink() throws IOException {
        assertIngestError(write("bad.txt", "Un paragraphe.\nSource : https//baoquocte.vn/x.html\n"), "malformed");
    }

    @Test
    void rejectsJobThatIsNotJson() throws IOException {
        assertIngestError(write("job.json", "{\"translationText\": "), "not valid JSON");
    }

    @Test
    void rejectsJobWithBothTextAndUrl() throws IOException {
        assertIngestError(write("job.json", "{\"translationText\": \"a\", \"translationUrl\": \"https://x.org/a\"}"),
                "exactly one");
    }

    @Test
    void stripsByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("bom.txt"),
                ("\uFEFFPremier paragraphe.\nSource: https://example.org/a").getBytes(StandardCharsets.UTF_8));
        assertThat(reader().read(file).article().paragraphs().get(0).text()).isEqualTo("Premier paragraphe.");
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("notepad.txt"), withMark(new byte[] {(byte) 0xFF, (byte) 0xFE},
                Samples.seedText(), StandardCharsets.UTF_16LE));
        assertSameAsSeed(reader().read(file));
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("be.txt"), withMark(new byte[] {(byte) 0xFE, (byte) 0xFF},
                Samples.seedText(), StandardCharsets.UTF_16BE));
        assertSameAsSeed(reader().read(file));
    }

    @Test
    void readsUtf32WithByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("wide.txt"), withMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                Samples.seedText(), Charset.forName("UTF-32LE")));
        assertSameAsSeed(reader().read(file));
    }

    @Test
    void readsUtf16WithoutByteOrderMarkByItsNuls() throws IOException {
        Path file = Files.write(dir.resolve("export.txt"), Samples.seedText().getBytes(StandardCharsets.UTF_16LE));
        assertSameAsSeed(reader().read(file));
    }

    @Test
    void readsChineseUtf16WithoutByteOrderMarkDespiteNulsOnBothSides() throws IOException {
        // 一 (U+4E00) and the ideographic space (U+3000) put a NUL in the "wrong" place in UTF-16LE.
        String text = "一带一路倡议提出十周年，一系列合作项目取得进展。\u3000一位官员表示，一些项目已经完工。\n"
                + "来源：https://www.vietnamplus.vn/metro-post1.vnp\n";
        Path file = Files.write(dir.resolve("zh.txt"), text.getBytes(StandardCharsets.UTF_16BE));
        Translation t = reader().read(file);
        assertThat(t.sourceUrl()).hasToString("https://www.vietnamplus.vn/metro-post1.vnp");
        assertThat(t.article().paragraphs().get(0).text()).startsWith("一带一路");
    }

    @Test
    void readsUtf16HtmlPageThatDeclaresUtf16() throws IOException {
        String page = """
                <html lang="es"><head><meta charset="utf-16"><title>Metro</title></head>
                <body><article><h1>El metro de Hanói</h1>
                <p>El tramo elevado de la línea de metro entró hoy en operación comercial, según las autoridades.</p>
                <p>Fuente: https://www.vietnamplus.vn/metro-post1.vnp</p></article></body></html>
                """;
        Path file = Files.write(dir.resolve("es.html"), withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, page,
                StandardCharsets.UTF_16LE));
        Translation t = reader().read(file);
        assertThat(t.sourceUrl()).hasToString("https://www.vietnamplus.vn/metro-post1.vnp");
        assertThat(t.article().paragraphs()).anyMatch(p -> p.text().contains("línea de metro"));
    }

    @Test
    void sha256IsOfTheFileAsWritten() throws IOException {
        byte[] bytes = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, Samples.seedText(), StandardCharsets.UTF_16LE);
        Path file = Files.write(dir.resolve("notepad.txt"), bytes);
        assertThat(reader().read(file).sha256()).isEqualTo(Digests.sha256(bytes));
    }

    @Test
    void rejectsTruncatedUtf16NamingItsMark() throws IOException {
        byte[] whole = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Un paragraphe.", StandardCharsets.UTF_16LE);
        Path file = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(whole, whole.length - 1));
        assertIngestError(file, "UTF-16LE byte-order mark but is not valid UTF-16LE text");
    }

    @Test
    void rejectsBinaryWithNulsOnBothSides() throws IOException {
        Path file = Files.write(dir.resolve("data.bin"), new byte[] {0x01, 0x00, 0x00, 0x02, 0x41, 0x00, 0x00, 0x00});
        assertIngestError(file, "binary");
    }

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private void assertSameAsSeed(Translation read) {
        Translation seed = reader().read(Samples.SEED);
        assertThat(read.format()).isEqualTo("text");
        assertThat(read.sourceUrl()).isEqualTo(seed.sourceUrl());
        assertThat(read.article()).isEqualTo(seed.article());
    }

    @Test
    void readsAMarkdownSourceLineAndLeavesItOutOfTheArticle() throws IOException {
        Translation t = reader().read(write("md.txt", "Premier paragraphe.\nDeuxième paragraphe.\n"
                + "Source : [Báo Quốc tế](https://baoquocte.vn/a-279309.html#binh-luan)\n"));
        assertThat(t.sourceUrl()).hasToString("https://baoquocte.vn/a-279309.html");
        assertThat(t.article().paragraphs()).extracting(p -> p.text())
                .containsExactly("Premier paragraphe.", "Deuxième paragraphe.");
    }

    @Test
    void rejectsABrokenLastSourceLineNamingIt() throws IOException {
        assertIngestError(write("two.txt", "Source : https://baoquocte.vn/a.html\nUn paragraphe.\n"
                + "Source : https://baoquocte.vn/b c.html\n"), "(line \"Source : https://baoquocte.vn/b c.html\")");
    }

    @Test
    void rejectsAHtmlPageWhoseLastLabelledLineIsBroken() throws IOException {
        Path page = write("es.html", """
                <!DOCTYPE html><html lang="es"><head><title>Metro</title></head>
                <body><article><h1>El metro de Hanói entra en servicio</h1>
                <p>El tramo elevado de la línea de metro entró hoy en operación comercial, según las autoridades.</p>
                <p>Los primeros pasajeros subieron a las ocho de la mañana en la estación de Nhon.</p>
                <p>Fuente: htps://www.vietnamplus.vn/metro-post1.vnp</p>
                </article></body></html>
                """);
        assertIngestError(page, "'htps://www.vietnamplus.vn/metro-post1.vnp' is malformed");
    }

    private void assertIngestError(Path file, String message) {
        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(StageException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((StageException) e).stage()).isEqualTo(Stage.INGEST));
    }
}
