package nl.ecza.registry.nomenclature.importer;

/**
 * A pack that cannot be imported: names the file, the line (0 when the problem is not at one line) and the
 * reason. Thrown before anything is written, or inside the import transaction, which then rolls back.
 */
public final class PackImportException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public PackImportException(String file, int line, String reason) {
        super(line > 0 ? "%s, line %d: %s".formatted(file, line, reason) : "%s: %s".formatted(file, reason));
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public PackImportException(String file, int line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
