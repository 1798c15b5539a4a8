/**
 * Translation checks on an aligned pair: findings with a stable code, a severity, the segments
 * concerned and a message; coverage of each side; and the state they put the pair in. The entry
 * point is {@link dev.tandem.check.Checker}. Before the checks run, sentences the aligner left
 * alone are regrouped with their rendering when the evidence says so ({@code Condensations});
 * whether the translation translates this original at all is told from the whole document
 * ({@code OriginalEvidence}); the word tables of {@link dev.tandem.lexicon} give evidence of
 * meaning to both and to the name check ({@code LexicalEvidence}).
 */
package dev.tandem.check;
