/**
 * Language identification with one shared, preloaded Lingua detector over a configured language set, and the evaluation of that choice on Lingua's test data.
 */
package dev.tandem.language;
