package dev.tandem.fetch;

/**
 * How a page was obtained, as written into the record so that a reviewer can trace exactly what was
 * compared.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL answered, after redirects
 * @param status HTTP status code
 * @param fetchedAt when the bytes were received (ISO-8601 instant)
 * @param contentType the Content-Type header as received
 * @param charset the charset the page was decoded with (filled in once the page is parsed)
 * @param sha256 hex SHA-256 of the bytes kept
 * @param bytes how many bytes were kept
 * @param truncated whether the page was larger than the size limit and was cut
 * @param origin {@code network} for a live fetch, {@code snapshot} when read from the store
 * @param snapshot path of the stored snapshot holding these bytes, or null
 * @param note why the snapshot was used instead of the network, or why the page was cut, or null
 * @param etag the ETag the server sent, kept so that a re-check can ask whether the page changed
 * @param lastModified the Last-Modified the server sent, kept for the same reason
 */
public record Provenance(
        String requestedUrl,
        String finalUrl,
        int status,
        String fetchedAt,
        String contentType,
        String charset,
        String sha256,
        long bytes,
        boolean truncated,
        String origin,
        String snapshot,
        String note,
        String etag,
        String lastModified) {

    public Provenance withCharset(String value) {
        return new Provenance(requestedUrl, finalUrl, status, fetchedAt, contentType, value, sha256, bytes,
                truncated, origin, snapshot, note, etag, lastModified);
    }

    public Provenance withSnapshot(String value) {
        return new Provenance(requestedUrl, finalUrl, status, fetchedAt, contentType, charset, sha256, bytes,
                truncated, origin, value, note, etag, lastModified);
    }

    public Provenance fromSnapshot(String snapshotPath, String why) {
        return new Provenance(requestedUrl, finalUrl, status, fetchedAt, contentType, charset, sha256, bytes,
                truncated, "snapshot", snapshotPath, why, etag, lastModified);
    }
}
