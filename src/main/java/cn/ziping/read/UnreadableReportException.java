package cn.ziping.read;

/**
 * A narrative report that cannot be read: missing, a format ziping does not read, damaged, or a
 * scanned PDF without text. The message is one Chinese sentence saying what to do.
 */
public final class UnreadableReportException extends Exception {

    public UnreadableReportException(String message) {
        super(message);
    }
}
