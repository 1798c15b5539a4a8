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
import java.util.List;
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
