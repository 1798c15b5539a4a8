/**
 * Alignment of an original and its translation into beads (1-1, 2-1, 1-2, 1-0, 0-1) with a score; this first aligner works on paragraphs.
 */
package dev.tandem.align;
