package dev.tandem.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.config.TandemConfig;
import dev.tandem.pipeline.Pipeline;
import dev.tandem.testing.Await;
import dev.tandem.testing.LocalHttpServer;
import dev.tandem.testing.RecordSchema;
import dev.tandem.testing.Samples;
import dev.tandem.testing.SourcePages;
import dev.tandem.testing.TestSetup;
import dev.tandem.testing.Warcs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as an operator runs it: Camel with the real routes from {@code routes/}, sources
 * served by a real HTTP server on 127.0.0.1, files dropped into a real inbox folder.
 */
class InboxRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LocalHttpServer server;
    private TandemService service;
    private Path inbox;

    @BeforeEach
    void start() throws Exception {
        server = SourcePages.serveAll(new LocalHttpServer());
        TandemConfig config = TestSetup.config(dir, Map.of());
        inbox = config.inboxDir();
        Files.createDirectories(inbox);
        Clock clock = Clock.systemUTC();
        service = new TandemService(config, Pipeline.create(config, TestSetup.languages(), clock), Path.of("routes"),
                clock);
        service.start();
    }

    @AfterEach
    void stop() throws Exception {
        service.stop();
        server.close();
    }

    @Test
    void seedDroppedInInboxBecomesLinkedRecord() throws IOException {
        NotifyBuilder done = new NotifyBuilder(service.camelContext()).fromRoute("inbox").whenDone(1).create();
        String sourceUrl = server.url(SourcePages.SEED_PATH);
        Files.writeString(inbox.resolve("seed.txt"), Samples.seedPointingAt(sourceUrl));

        assertThat(done.matches(30, TimeUnit.SECONDS)).as("inbox route finished the file").isTrue();
        Await.until("seed.txt in .done", Duration.ofSeconds(5), () -> Files.exists(inbox.resolve(".done/seed.txt")));
        assertThat(inbox.resolve("seed.txt")).doesNotExist();

        JsonNode record = onlyRecord();
        assertThat(RecordSchema.errors(record)).isEmpty();
        assertThat(record.at("/source/url").asText()).isEqualTo(sourceUrl);
        assertThat(record.at("/source/language/code").asText()).isEqualTo("vi");
        assertThat(record.at("/translation/language/code").asText()).isEqualTo("fr");
        assertThat(record.at("/translation/file").asText()).isEqualTo("seed.txt");
        assertThat(record.at("/source/title").asText()).isEqualTo("Phái đoàn quân sự Nga thăm Triều Tiên");

        JsonNode paragraphs = record.at("/source/paragraphs");
        assertThat(paragraphs).hasSize(7);
        assertThat(paragraphs.get(0).at("/kind").asText()).isEqualTo("lead");
        assertThat(paragraphs.get(0).at("/text").asText()).startsWith("Ngày 18/7, Chủ tịch Triều Tiên Kim Jong Un");
        assertThat(paragraphs.get(1).at("/text").asText()).startsWith("Theo Hãng thông tấn Trung ương Triều Tiên");
        assertThat(texts(paragraphs)).noneMatch(t -> t.contains("Tin liên quan") || t.contains("Bình luận"));

        JsonNode captions = record.at("/source/captions");
        assertThat(captions).hasSize(1);
        assertThat(captions.get(0).at("/text").asText()).contains("Kim Jong-un (phải)").endsWith("(Nguồn: KCNA)");
        assertThat(texts(paragraphs)).noneMatch(t -> t.contains("(Nguồn: KCNA)"));
        assertThat(record.at("/translation/captions/0/text").asText()).endsWith("(Source : KCNA)");
        assertThat(texts(record.at("/translation/paragraphs"))).hasSize(7)
                .noneMatch(t -> t.contains("(Source : KCNA)") || t.startsWith("Comment"));

        JsonNode pairs = record.at("/alignment/paragraphs");
        assertThat(pairs).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(ids(pairs.get(i).at("/source"))).containsExactly("s" + (i + 1));
            assertThat(ids(pairs.get(i).at("/target"))).containsExactly("t" + (i + 1));
        }
        assertThat(ids(record.at("/alignment/captions/0/source"))).containsExactly("sc1");
        assertThat(ids(record.at("/alignment/captions/0/target"))).containsExactly("tc1");

        JsonNode fetch = record.at("/source/fetch");
        assertThat(fetch.at("/requestedUrl").asText()).isEqualTo(sourceUrl);
        assertThat(fetch.at("/finalUrl").asText()).isEqualTo(sourceUrl);
        assertThat(fetch.at("/status").asInt()).isEqualTo(200);
        assertThat(fetch.at("/charset").asText()).isEqualTo("UTF-8");
        assertThat(fetch.at("/sha256").asText()).hasSize(64);
        assertThat(fetch.at("/truncated").asBoolean()).isFalse();
        assertThat(fetch.at("/fetchedAt").asText()).isNotBlank();
        assertThat(Warcs.responseBody(Path.of(fetch.at("/snapshot").asText()))).isEqualTo(Samples.seedSourcePage());
        assertThat(server.requests()).containsExactly("/robots.txt", SourcePages.SEED_PATH);

        List<String> manifest = Files.readAllLines(dir.resolve("out/manifest.jsonl"));
        assertThat(manifest).hasSize(1);
        assertThat(JSON.readTree(manifest.get(0)).at("/id").asText()).isEqualTo(record.at("/id").asText());
    }

    @Test
    void neverReadsHalfWrittenFile() throws Exception {
        // 400 ms is under the settle time: the route never takes the half file.
        writeSeedPausingBeforeItsSourceLine("slow.txt", 400);

        Await.until("slow.txt in .done", Duration.ofSeconds(5), () -> Files.exists(inbox.resolve(".done/slow.txt")));
        assertThat(inbox.resolve(".error")).doesNotExist();
        assertThat(onlyRecord().at("/translation/paragraphs")).hasSize(7);
    }

    @Test
    void aWriterThatPausesLongerThanTheSettleTimeIsNotFailedOnWhatItHadWritten() throws Exception {
        // 2 s is four times the settle time: the route takes the half file, which has no Source line.
        String text = writeSeedPausingBeforeItsSourceLine("paused.txt", 2000);

        Await.until("paused.txt in .done", Duration.ofSeconds(5), () -> Files.exists(inbox.resolve(".done/paused.txt")));
        assertThat(inbox.resolve(".error")).doesNotExist();
        assertThat(onlyRecord().at("/translation/paragraphs")).hasSize(7);
        assertThat(Files.readString(inbox.resolve(".done/paused.txt"))).isEqualTo(text);
    }

    /**
     * Writes the seed into the inbox as {@code name} in two chunks, {@code pauseMs} apart, the first
     * without the Source line (read alone, it would fail with "no source URL"), and waits until the
     * route is done with one file; returns the whole text.
     */
    private String writeSeedPausingBeforeItsSourceLine(String name, long pauseMs) throws Exception {
        NotifyBuilder done = new NotifyBuilder(service.camelContext()).fromRoute("inbox").whenDone(1).create();
        String text = Samples.seedPointingAt(server.url(SourcePages.SEED_PATH));
        int cut = text.indexOf("Source :");
        try (OutputStream out = Files.newOutputStream(inbox.resolve(name))) {
            out.write(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(pauseMs);
            out.write(text.substring(cut).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    @Test
    void aRecordThatFailsItsChecksIsKeptApartFromTheDoneOnes() throws Exception {
        NotifyBuilder done = new NotifyBuilder(service.camelContext()).fromRoute("inbox").whenDone(1).create();
        Files.writeString(inbox.resolve("job.json"), JSON.writeValueAsString(Map.of("id", "desk-7",
                "translationLanguage", "en", "sourceUrl", server.url(SourcePages.SEED_PATH),
                "translationText", Samples.seedText())));

        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        Await.until("job.json in .failed-checks", Duration.ofSeconds(5),
                () -> Files.exists(inbox.resolve(".failed-checks/job.json")));
        assertThat(inbox.resolve(".done/job.json")).doesNotExist();
        assertThat(inbox.resolve(".error")).doesNotExist();
        assertThat(onlyRecord().at("/checks/state").asText()).isEqualTo("failed");
        try (var ledger = dev.tandem.track.Ledger.open(dir.resolve("out/ledger.sqlite"))) {
            assertThat(ledger.pairsInCheckState("failed", 10)).hasSize(1);
        }
    }

    @Test
    void badInputsEndInErrorFolderWithSidecarAndServiceKeepsRunning() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("empty.txt", "ingest");
        expected.put("binary.txt", "ingest");
        expected.put("no-source.txt", "ingest");
        expected.put("malformed-url.txt", "ingest");
        expected.put("unreachable.txt", "fetch");
        expected.put("not-found.txt", "fetch");
        expected.put("server-error.txt", "fetch");
        expected.put("pdf.txt", "fetch");
        expected.put("wrong-language.txt", "language");
        expected.put("to-metadata.txt", "fetch");
        expected.put("loop.txt", "fetch");
        expected.put("bomb.txt", "fetch");
        expected.put("come-back-tomorrow.txt", "fetch");
        server.answer("/to-metadata", 302, null, new byte[0],
                Map.of("Location", "http://169.254.169.254/latest/meta-data/"));
        server.answer("/loop", 302, null, new byte[0], Map.of("Location", "/loop"));
        server.answer("/bomb", 200, "text/html", gzippedZeros(50 << 20), Map.of("Content-Encoding", "gzip"));
        server.answer("/tomorrow", 429, "text/plain", new byte[0], Map.of("Retry-After", "86400"));
        for (String path : List.of("/to-metadata", "/loop", "/bomb", "/tomorrow")) {
            String name = path.equals("/tomorrow") ? "come-back-tomorrow.txt" : path.substring(1) + ".txt";
            Files.writeString(inbox.resolve(name), Samples.seedPointingAt(server.url(path)));
        }

        Files.writeString(inbox.resolve("empty.txt"), "");
        Files.write(inbox.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.writeString(inbox.resolve("no-source.txt"), "Le président a reçu une délégation.\n(Source : KCNA)\n");
        Files.writeString(inbox.resolve("malformed-url.txt"), Samples.seedPointingAt("https//baoquocte.vn/x.html"));
        Files.writeString(inbox.resolve("unreachable.txt"),
                Samples.seedPointingAt("http://127.0.0.1:" + closedPort() + "/a.html"));
        Files.writeString(inbox.resolve("not-found.txt"), Samples.seedPointingAt(server.url(SourcePages.MISSING_PATH)));
        Files.writeString(inbox.resolve("server-error.txt"),
                Samples.seedPointingAt(server.url(SourcePages.SERVER_ERROR_PATH)));
        Files.writeString(inbox.resolve("pdf.txt"), Samples.seedPointingAt(server.url(SourcePages.PDF_PATH)));
        Files.writeString(inbox.resolve("wrong-language.txt"),
                Samples.seedPointingAt(server.url(SourcePages.FRENCH_PAGE_PATH)));

        Path errors = inbox.resolve(".error");
        Await.until("all sidecars", Duration.ofSeconds(60), () -> expected.keySet().stream()
                .allMatch(name -> Files.exists(errors.resolve(name)) && Files.exists(errors.resolve(name + ".error.json"))));

        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode sidecar = JSON.readTree(errors.resolve(e.getKey() + ".error.json").toFile());
            assertThat(sidecar.at("/file").asText()).isEqualTo(e.getKey());
            assertThat(sidecar.at("/stage").asText()).as("stage of %s", e.getKey()).isEqualTo(e.getValue());
            assertThat(sidecar.at("/error").asText()).as("message of %s", e.getKey()).isNotBlank();
            assertThat(inbox.resolve(e.getKey())).doesNotExist();
        }
        assertThat(message(errors, "empty.txt")).contains("empty");
        assertThat(message(errors, "binary.txt")).contains("binary");
        assertThat(message(errors, "no-source.txt")).contains("no source URL");
        assertThat(message(errors, "malformed-url.txt")).contains("malformed");
        assertThat(message(errors, "unreachable.txt")).contains("cannot connect");
        assertThat(message(errors, "not-found.txt")).contains("HTTP 404");
        assertThat(message(errors, "to-metadata.txt")).contains("169.254.169.254").contains("link-local");
        assertThat(message(errors, "loop.txt")).contains("redirect loop");
        assertThat(message(errors, "bomb.txt")).contains("decompression bomb");
        assertThat(message(errors, "come-back-tomorrow.txt")).contains("retry after 86400 s");
        assertThat(JSON.readTree(errors.resolve("come-back-tomorrow.txt.error.json").toFile())
                .at("/details/status").asInt()).isEqualTo(429);
        assertThat(JSON.readTree(errors.resolve("not-found.txt.error.json").toFile()).at("/details/status").asInt())
                .isEqualTo(404);
        assertThat(message(errors, "server-error.txt")).contains("HTTP 500");
        assertThat(message(errors, "pdf.txt")).contains("not an HTML page");
        assertThat(message(errors, "wrong-language.txt")).contains("same language");
        assertThat(Files.readAllBytes(errors.resolve("binary.txt"))).startsWith((byte) 0x89, (byte) 'P');
        assertThat(dir.resolve("out/records")).doesNotExist();

        // The service is still running: a good file dropped now is processed.
        Files.writeString(inbox.resolve("good.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));
        Await.until("good.txt in .done", Duration.ofSeconds(30), () -> Files.exists(inbox.resolve(".done/good.txt")));
        assertThat(onlyRecord().at("/source/language/code").asText()).isEqualTo("vi");
    }

    @Test
    void keepsEarlierCopyWhenSameNameIsDroppedAgain() throws IOException {
        String first = Samples.seedPointingAt(server.url(SourcePages.SEED_PATH));
        Files.writeString(inbox.resolve("seed.txt"), first);
        Await.until("first copy in .done", Duration.ofSeconds(30), () -> Files.exists(inbox.resolve(".done/seed.txt")));
        String revised = first.replace("Le 18 juillet", "Le jeudi 18 juillet");
        Files.writeString(inbox.resolve("seed.txt"), revised);
        Await.until("second copy in .done", Duration.ofSeconds(30),
                () -> Files.exists(inbox.resolve(".done/seed-2.txt")));
        assertThat(inbox.resolve(".done/seed.txt")).hasContent(first);
        assertThat(inbox.resolve(".done/seed-2.txt")).hasContent(revised);
    }

    @Test
    void processesFilesInSubfoldersAndKeepsTheirPathsWhenMoved() throws IOException {
        String seed = Samples.seedPointingAt(server.url(SourcePages.SEED_PATH));
        Files.createDirectories(inbox.resolve("en"));
        Files.createDirectories(inbox.resolve("fr/desk"));
        Files.writeString(inbox.resolve("en/seed.txt"), seed);
        Files.writeString(inbox.resolve("fr/desk/seed.txt"), seed.replace("Le 18 juillet", "Le jeudi 18 juillet"));
        Files.writeString(inbox.resolve("fr/desk/empty.txt"), "");

        Await.until("both seeds in .done and the empty file in .error", Duration.ofSeconds(30),
                () -> Files.exists(inbox.resolve(".done/en/seed.txt"))
                        && Files.exists(inbox.resolve(".done/fr/desk/seed.txt"))
                        && Files.exists(inbox.resolve(".error/fr/desk/empty.txt.error.json")));
        assertThat(inbox.resolve(".error/fr/desk/empty.txt")).exists();
        assertThat(inbox.resolve("en/seed.txt")).doesNotExist();
        assertThat(inbox.resolve("fr/desk/seed.txt")).doesNotExist();
        assertThat(inbox.resolve(".done/en/seed.txt")).hasContent(seed);
        JsonNode sidecar = JSON.readTree(inbox.resolve(".error/fr/desk/empty.txt.error.json").toFile());
        assertThat(sidecar.at("/file").asText()).isEqualTo("fr/desk/empty.txt");
        assertThat(sidecar.at("/error").asText()).contains("empty");
        assertThat(inbox.resolve("fr/desk/.error")).doesNotExist();

        // The same path dropped again is kept beside the first copy, in its own subfolder.
        Files.writeString(inbox.resolve("en/seed.txt"), seed.replace("Le 18 juillet", "Le 18 juillet 2024"));
        Await.until("second copy in .done/en", Duration.ofSeconds(30),
                () -> Files.exists(inbox.resolve(".done/en/seed-2.txt")));
        assertThat(inbox.resolve(".done/en/seed.txt")).hasContent(seed);
    }

    @Test
    void leavesPartialEditorAndHiddenFilesAlone() throws IOException {
        Files.createDirectories(inbox.resolve("es/.drafts"));
        List<Path> ignored = List.of(inbox.resolve("seed.txt.part"), inbox.resolve("notes.txt~"),
                inbox.resolve("es/article.txt.swp"), inbox.resolve("es/~$article.docx"),
                inbox.resolve("es/.drafts/article.txt"), inbox.resolve("es/page.html.crdownload"));
        for (Path file : ignored) {
            Files.writeString(file, "Texte sans source.\n");
        }
        Files.writeString(inbox.resolve("es/good.txt"), Samples.seedPointingAt(server.url(SourcePages.SEED_PATH)));

        Await.until("good.txt in .done", Duration.ofSeconds(30), () -> Files.exists(inbox.resolve(".done/es/good.txt")));
        // Poll a few more times: a file the filter let through would be failed and moved by now.
        NotifyBuilder polled = new NotifyBuilder(service.camelContext()).fromRoute("inbox").whenDone(1).create();
        assertThat(polled.matches(2, TimeUnit.SECONDS)).as("no other file was taken").isFalse();
        assertThat(ignored).allSatisfy(file -> assertThat(file).exists());
        assertThat(inbox.resolve(".error")).doesNotExist();
    }

    private JsonNode onlyRecord() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out/records"))) {
            List<Path> records = files.toList();
            assertThat(records).hasSize(1);
            return JSON.readTree(records.get(0).toFile());
        }
    }

    private static String message(Path errors, String name) throws IOException {
        return JSON.readTree(errors.resolve(name + ".error.json").toFile()).at("/error").asText();
    }

    private static List<String> texts(JsonNode units) {
        List<String> texts = new ArrayList<>();
        units.forEach(u -> texts.add(u.at("/text").asText()));
        return texts;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] gzippedZeros(int size) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(new byte[size]);
        }
        return compressed.toByteArray();
    }
}
