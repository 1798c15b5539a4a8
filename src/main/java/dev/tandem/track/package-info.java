/**
 * Tracking: the ledger of every pair, its revisions and the inputs that failed (an embedded SQLite
 * file), what changed in a source since its translation was paired, and a benchmark of the ledger
 * at scale.
 */
package dev.tandem.track;
