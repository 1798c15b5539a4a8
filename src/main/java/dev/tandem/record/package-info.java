/**
 * The review record: its structure, its JSON form (UTF-8, NFC, fixed field order), stable ids, and atomic writing with a manifest line per record.
 */
package dev.tandem.record;
