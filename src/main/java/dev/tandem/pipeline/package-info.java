/**
 * The flow from one translation file to one record, shared by the routes and the commands, with batch runs, error sidecars and the one log line per input.
 */
package dev.tandem.pipeline;
