/**
 * The pipeline benchmark: pairs generated from real parallel news text, originals served on
 * 127.0.0.1 or from the snapshot store, the service run as shipped in a child JVM, and the bare
 * loop it is compared with.
 */
package dev.tandem.bench;
