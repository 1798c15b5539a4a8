package dev.tandem.config;

/**
 * tandem's configuration cannot be used: an unknown key, a value of the wrong form, or a
 * configuration file that does not exist or cannot be read. Its message is one sentence for the
 * operator, naming the key and, when it did not come from the shipped defaults, where it was set.
 * The commands report it as {@code tandem: MESSAGE} with exit status 2, without a stack trace.
 *
 * <p>It is an {@link IllegalArgumentException}, as configuration errors were before it had a type
 * of its own, so that callers which catch those keep working.
 */
public final class ConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An error whose message says everything. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** An error caused by {@code cause}, such as the file system refusing to open a file. */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
