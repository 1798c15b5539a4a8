/**
 * Reading translations (plain text, saved HTML pages, JSON job files) into articles, and finding the link to each one's original: labelled source lines in many languages, JSON-LD and hreflang alternates.
 */
package dev.tandem.ingest;
