package io.storyline.store;

/**
 * The store cannot do what was asked: the file cannot be opened or written, the schema is newer
 * than this code, the database is corrupt. A run that meets one cannot proceed.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
