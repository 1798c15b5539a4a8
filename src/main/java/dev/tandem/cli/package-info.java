/**
 * The command line (run, process, extract, snapshot and the evaluations), each command a thin shell over the classes the routes use.
 */
package dev.tandem.cli;
