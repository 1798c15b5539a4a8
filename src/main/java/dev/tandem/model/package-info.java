/**
 * The domain model shared by every stage: an {@link dev.tandem.model.Article} made of
 * {@link dev.tandem.model.Paragraph}s, used alike for originals and translations, and the
 * {@link dev.tandem.model.StageException} by which any stage reports a failure on one input.
 */
package dev.tandem.model;
