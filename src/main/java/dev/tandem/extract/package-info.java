/**
 * The extract stage: turns a fetched HTML page into an {@link dev.tandem.model.Article}, with the
 * metadata the page declares and its text in reading order.
 *
 * <p>{@link dev.tandem.extract.ArticleExtractor} is the entry point. Behind it, each class does one
 * part of the work, in the order the extractor calls them: {@code PageMetadataReader} (with
 * {@code JsonLdReader}) reads title, author, date, language, canonical address and site name;
 * {@code LeadFinder} notes the elements that look like a standfirst; {@code BoilerplateRemover}
 * drops menus, related-news boxes, comments and the like; {@code MainContentFinder} (with
 * {@code ContentScorer}) picks the element holding the article text; {@code ParagraphCollector}
 * reads its blocks in order, and {@code ParagraphFilter} drops the repeats and link-only lines.
 */
package dev.tandem.extract;
