/**
 * Reading translations (plain text, saved HTML pages, JSON job files; UTF-8, UTF-16 or UTF-32) into articles, and finding the link to each one's original: labelled source lines in many languages, JSON-LD and hreflang alternates. {@link dev.tandem.ingest.InputNames} holds the rule of which files in a folder are inputs at all.
 */
package dev.tandem.ingest;
