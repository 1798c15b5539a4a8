/**
 * Bilingual word tables: which words of one language translate which words of another, learned by
 * IBM Model 1 from Tatoeba sentence pairs and Wiktionary entries ({@link dev.tandem.lexicon.LexiconBuilder}),
 * shipped as one table per language against English and combined through English for any other
 * pair ({@link dev.tandem.lexicon.Lexicon#forPair}). A {@link dev.tandem.lexicon.WordTokenizer} per
 * language reduces text to the terms the tables hold, the same way when building and when reading;
 * a newsroom's {@link dev.tandem.lexicon.Glossary} adds its own names and titles.
 */
package dev.tandem.lexicon;
