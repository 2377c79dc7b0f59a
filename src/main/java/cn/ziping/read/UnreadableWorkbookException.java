package cn.ziping.read;

/**
 * A file that cannot be opened as a workbook at all (cli.md exit code 3). The message is one
 * Chinese sentence that says what is wrong and what to do.
 */
public final class UnreadableWorkbookException extends Exception {

    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
