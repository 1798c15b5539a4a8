package dev.tandem.fetch;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.util.Map;

/**
 * The host could not be reached at all (no DNS answer, connection refused or timed out): the one
 * failure after which a network-first fetch falls back to a snapshot. An HTTP error is not this: a
 * 404 from a live server says the original is gone, which a reviewer must be told.
 */
public class SourceUnreachableException extends StageException {
    public SourceUnreachableException(String message, Map<String, ?> details, Throwable cause) {
        super(Stage.FETCH, message, details, cause);
    }
}
