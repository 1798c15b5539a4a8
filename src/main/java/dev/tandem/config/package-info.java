/**
 * Configuration read once into typed values: shipped defaults, an optional file, environment variables and command-line overrides, in that order of precedence; an unknown key is an error.
 */
package dev.tandem.config;
