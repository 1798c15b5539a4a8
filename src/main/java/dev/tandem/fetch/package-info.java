/**
 * Fetching original pages: safely (only http and https, no loopback, private, link-local or
 * multicast address, checked where the client connects), politely (a throttle per host,
 * robots.txt, an honest User-Agent, conditional re-checks) and robustly (timeouts per connect, read
 * and request, retries with backoff, bounded redirects, a size limit that counts decompressed
 * bytes), boundedly under faults (a host that did not answer is left alone for a while, and one
 * fetch serves every input naming the same page), with the provenance of every page and the
 * snapshot store that lets each record be traced to the exact bytes compared and runs be repeated
 * offline.
 */
package dev.tandem.fetch;
