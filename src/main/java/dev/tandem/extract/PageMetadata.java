package dev.tandem.extract;

import java.util.Map;

/**
 * What a page declares about its article, before its body is read. Any field may be null.
 *
 * @param title headline
 * @param description meta / og description, a fallback for the lead
 * @param author byline
 * @param publishedAt publication date as written by the page
 * @param modifiedAt last modification date as written by the page
 * @param section section or category
 * @param language declared language as a BCP-47 tag
 * @param canonicalUrl canonical address
 * @param siteName publication name
 * @param alternates hreflang tag to absolute URL
 * @param articleBody the JSON-LD {@code articleBody} as written (text or HTML), or null
 */
record PageMetadata(
        String title,
        String description,
        String author,
        String publishedAt,
        String modifiedAt,
        String section,
        String language,
        String canonicalUrl,
        String siteName,
        Map<String, String> alternates,
        String articleBody) {
}
