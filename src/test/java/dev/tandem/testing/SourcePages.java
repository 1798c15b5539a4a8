package dev.tandem.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sets up a {@link LocalHttpServer} with the seed's Vietnamese original and with the answers that
 * make a pipeline fail at the fetch or language stage.
 */
public final class SourcePages {
    public static final String SEED_PATH = "/phai-doan-quan-su-nga-tham-trieu-tien-279309.html";
    public static final String MISSING_PATH = "/missing.html";
    public static final String SERVER_ERROR_PATH = "/broken.html";
    public static final String PDF_PATH = "/report.pdf";
    public static final String FRENCH_PAGE_PATH = "/fr/article.html";

    private SourcePages() {
    }

    /** Serves the original, a 500, a PDF and a French page; anything else is a 404. */
    public static LocalHttpServer serveAll(LocalHttpServer server) {
        server.page(SEED_PATH, "text/html; charset=utf-8", Samples.seedSourcePage());
        server.answer(SERVER_ERROR_PATH, 500, "text/html", "<h1>Internal error</h1>".getBytes(StandardCharsets.UTF_8),
                Map.of());
        server.page(PDF_PATH, "application/pdf", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        server.html(FRENCH_PAGE_PATH, """
                <html lang="fr"><head><title>Délégation russe à Pyongyang</title></head><body>
                <article><h1>Une délégation militaire russe à Pyongyang</h1>
                <p>Le 18 juillet, le dirigeant nord-coréen a reçu une délégation militaire russe conduite par le
                vice-ministre de la Défense, selon l'agence officielle.</p>
                <p>Les deux parties ont souligné la nécessité de renforcer la coopération militaire entre les deux
                pays pour assurer leur sécurité commune.</p></article></body></html>
                """);
        return server;
    }
}
