/**
 * Measures the checks on the third-party parallel corpora in {@code ../shared/data/parallel}:
 * false alarms on published translations and recall on injected defects ({@code eval-checks}).
 */
package dev.tandem.check.evaluation;
