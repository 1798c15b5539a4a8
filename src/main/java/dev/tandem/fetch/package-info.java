/**
 * Fetching original pages over HTTP with their provenance (requested and final URL, status, time, charset, digest, truncation), and the snapshot store that lets every record be traced to the exact bytes compared and runs be repeated offline.
 */
package dev.tandem.fetch;
