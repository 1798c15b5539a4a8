package dev.tandem.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A failure of one input at one stage, with a message meant for the operator and details (URL,
 * HTTP status, ...) that go into the error sidecar. The message says what is wrong with the input,
 * not which line of code noticed.
 */
public class StageException extends RuntimeException {
    private final Stage stage;
    private final Map<String, Object> details;

    public StageException(Stage stage, String message) {
        this(stage, message, Map.of(), null);
    }

    public StageException(Stage stage, String message, Map<String, ?> details, Throwable cause) {
        super(Objects.requireNonNull(message, "message must not be null"), cause);
        this.stage = Objects.requireNonNull(stage, "stage must not be null");
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public Stage stage() {
        return stage;
    }

    /** Extra facts about the failure, in insertion order; values are strings or numbers. */
    public Map<String, Object> details() {
        return details;
    }
}
