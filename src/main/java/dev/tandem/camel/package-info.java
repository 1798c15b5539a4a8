/**
 * The long-running service: Camel Main with the YAML routes of routes/ and the beans they call. Routes only wire; the work is done in the pipeline.
 */
package dev.tandem.camel;
