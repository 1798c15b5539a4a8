/**
 * Measures sentence alignment on realistic cases built from third-party parallel news text
 * (NTREX-128, FLORES-200), read in place from {@code ../shared/data/parallel}: a translation with
 * sentences omitted, merged, split and added, paragraphed independently of its original. Scores
 * each aligner's beads against the truth the perturbations leave, beside a Gale-Church baseline.
 */
package dev.tandem.align.evaluation;
