/**
 * Measures the article extractor against third-party benchmark data, so that changes to the
 * extraction heuristics are judged by figures rather than by a handful of pages looked at by hand.
 *
 * <p>{@link dev.tandem.extract.evaluation.ExtractionEvaluation} is the entry point; it runs one
 * scorer per data set, each of which reads its data in place under {@code ../shared/data/extraction}
 * and reproduces that benchmark's own metric: {@link dev.tandem.extract.evaluation.AebEvaluation}
 * (Zyte's article-extraction-benchmark, 4-token shingle precision and recall),
 * {@link dev.tandem.extract.evaluation.FundusEvaluation} (Fundus parser test pages: title, lead, body
 * and captions separately) and {@link dev.tandem.extract.evaluation.TrafilaturaEvaluation}
 * (trafilatura's snippet-presence corpus). {@link dev.tandem.extract.evaluation.SpeedEvaluation}
 * times extraction against bare parsing on the same pages. The metrics themselves live in
 * {@link dev.tandem.extract.evaluation.ShingleScore}, {@link dev.tandem.extract.evaluation.TokenOverlap}
 * and {@link dev.tandem.extract.evaluation.SnippetCheck}, small enough to unit-test on strings.
 */
package dev.tandem.extract.evaluation;
