package dev.tandem.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tandem.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps every fetched page so a record can be traced to exactly what was compared and runs can be
 * repeated offline. A snapshot is two files: the page as a WARC file ({@code .warc.gz}, request and
 * response records, readable by any web-archive tool) and its provenance ({@code .json}), under
 * {@code <host>/<hash of URL key>/<fetch time>-<content hash>}, so the newest snapshot of a URL is
 * the last file name in its folder. The URL's {@link UrlKey} names the folder, so every spelling of
 * one original (http or https, with or without {@code www.}, with a fragment or click-tracking
 * parameters) shares its snapshots. A page identical to the newest snapshot of its URL is not
 * stored again. Snapshots stored as plain {@code .html} (the samples') are read as well.
 *
 * <p>New snapshots go to one folder; further folders (the samples' snapshots) are only read.
 */
public final class SnapshotStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final String WARC = ".warc.gz";
    private static final String HTTPS = "https://";

    private final Path writeDir;
    private final List<Path> readOnlyDirs;

    public SnapshotStore(Path writeDir, List<Path> readOnlyDirs) {
        this.writeDir = writeDir;
        this.readOnlyDirs = List.copyOf(readOnlyDirs);
    }

    /**
     * Stores a page fetched from the network and returns it with {@code snapshot} set to where its
     * bytes are kept.
     */
    public FetchedPage save(FetchedPage page) {
        Provenance p = page.provenance();
        Optional<FetchedPage> newest = newest(URI.create(p.requestedUrl()));
        if (newest.isPresent() && newest.get().provenance().sha256().equals(p.sha256())) {
            return page.withProvenance(p.withSnapshot(newest.get().provenance().snapshot()));
        }
        Path folder = folderOf(writeDir, p.requestedUrl());
        String stem = p.fetchedAt().replace(":", "").replace("-", "") + "-" + p.sha256().substring(0, 12);
        Path warc = folder.resolve(stem + WARC);
        Provenance stored = p.withSnapshot(warc.toString());
        try {
            AtomicFiles.write(warc, WarcSnapshots.write(page));
            AtomicFiles.write(folder.resolve(stem + ".json"), JSON.writeValueAsBytes(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store snapshot in " + folder, e);
        }
        return page.withProvenance(stored);
    }

    /**
     * The most recently fetched snapshot of {@code url} across all folders, if any. Snapshots are
     * looked up by the URL's {@link UrlKey}, so a page stored for {@code http://www.example.com/a#x}
     * serves {@code https://example.com/a?utm_source=y}.
     */
    public Optional<FetchedPage> newest(URI url) {
        List<Path> candidates = new ArrayList<>();
        for (Path dir : allDirs()) {
            // A store writes only to the key's folder since keys exist, so what that folder holds
            // is newer than anything in the folders of before: those are read only when it is
            // empty, which spares each fetch five lookups in a store of many originals.
            if (!listSnapshots(folderOf(dir, url.toString()), candidates)) {
                for (Path folder : foldersOf(dir, url.toString())) {
                    listSnapshots(folder, candidates);
                }
            }
        }
        return candidates.stream()
                .max(Comparator.comparing((Path f) -> f.getFileName().toString()))
                .map(SnapshotStore::read);
    }

    /** Adds the snapshots' metadata files in {@code folder} to {@code found}; whether there were any. */
    private static boolean listSnapshots(Path folder, List<Path> found) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> here = files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
            found.addAll(here);
            return !here.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshots in " + folder, e);
        }
    }

    private List<Path> allDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(writeDir);
        dirs.addAll(readOnlyDirs);
        return dirs;
    }

    private static FetchedPage read(Path meta) {
        try {
            Provenance p = JSON.readValue(meta.toFile(), Provenance.class);
            String name = meta.getFileName().toString();
            String stem = name.substring(0, name.length() - ".json".length());
            Path warc = meta.resolveSibling(stem + WARC);
            if (Files.exists(warc)) {
                return new FetchedPage(WarcSnapshots.read(warc), p.withSnapshot(warc.toString()));
            }
            Path html = meta.resolveSibling(stem + ".html");
            return new FetchedPage(Files.readAllBytes(html), p.withSnapshot(html.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + meta, e);
        }
    }

    /**
     * Folder of a URL's snapshots: the host of its {@link UrlKey} (readable, with the port after an
     * underscore when it is not the default), then a hash of the whole key.
     */
    static Path folderOf(Path root, String url) {
        String key = UrlKey.of(url);
        return root.resolve(UrlKey.hostFolder(key)).resolve(Digests.sha256(key).substring(0, 16));
    }

    /**
     * Every folder that may hold snapshots of {@code url}: its key's folder first, then the folders
     * that stores written before keys existed used, hashed on the URL as written: the URL itself
     * and its key over http and https, with and without {@code www.}. The key's folder of an https
     * URL without {@code www.} is the same as the old one, so most old snapshots are in it anyway.
     */
    static Set<Path> foldersOf(Path root, String url) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folderOf(root, url));
        String key = UrlKey.of(url);
        List<String> spellings = new ArrayList<>(List.of(url));
        if (key.startsWith(HTTPS)) {
            String rest = key.substring(HTTPS.length());
            for (String scheme : List.of(HTTPS, "http://")) {
                spellings.add(scheme + rest);
                spellings.add(scheme + "www." + rest);
            }
        }
        for (String spelling : spellings) {
            folders.add(legacyFolderOf(root, spelling));
        }
        return folders;
    }

    /** Folder of a URL's snapshots as stores kept them before keys: host as written, hash of the URL. */
    private static Path legacyFolderOf(Path root, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return root.resolve("unknown-host").resolve(Digests.sha256(url).substring(0, 16));
        }
        String host = uri.getHost() == null ? "unknown-host" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getPort() != -1) {
            host = host + "_" + uri.getPort();
        }
        return root.resolve(host).resolve(Digests.sha256(url).substring(0, 16));
    }
}
