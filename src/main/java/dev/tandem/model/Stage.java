package dev.tandem.model;

import java.util.Locale;

/** The stages an input goes through, named in error reports so an operator knows where it failed. */
public enum Stage {
    INGEST, FETCH, EXTRACT, LANGUAGE, ALIGN, CHECK, RECORD, TRACK;

    /** Lower-case name as written in error sidecars and logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
