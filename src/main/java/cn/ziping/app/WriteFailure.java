package cn.ziping.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why an annotated copy could not be written, in one Chinese sentence that names the output (never
 * the temporary file beside it) and says what to do. The operating system's reasons are matched
 * by exception type first and by its message (English on Linux, English or Chinese on Windows)
 * second, because Java reports a full disk or a file Excel holds open only as a plain
 * {@link FileSystemException} with the system's text.
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    /** The sentence for a failed write of {@code target}. */
    public static String explain(Path target, IOException e) {
        String name = String.valueOf(target.getFileName());
        Path dir = target.toAbsolutePath().getParent();
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                + (e instanceof FileSystemException f ? " " + String.valueOf(f.getReason()).toLowerCase(Locale.ROOT) : "");
        String head = "未能写出标注副本“" + name + "”：";
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("磁盘空间不足") || text.contains("quota")) {
            return head + "磁盘已满（或超出了磁盘配额）。请清理“" + dir + "”所在磁盘的空间，或用 --out-dir 换一个输出文件夹后再试。";
        }
        if (text.contains("being used by another process") || text.contains("另一个程序正在使用")
                || text.contains("sharing violation") || text.contains("locked")) {
            return head + "文件被其他程序占用（通常是它正在 Excel 或 WPS 中打开着）。请关闭该文件后再试，或用 -o 换一个输出文件名。";
        }
        if (text.contains("read-only file system")) {
            return head + "输出位置“" + dir + "”所在的磁盘是只读的。请用 --out-dir 换一个可写的输出文件夹后再试。";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || text.contains("not a directory")) {
            return head + "输出位置“" + dir + "”不是文件夹（路径中有同名的普通文件）。请用 --out-dir 换一个输出文件夹后再试。";
        }
        if (e instanceof AccessDeniedException) {
            if (Files.exists(target) && !Files.isWritable(target)) {
                return head + "文件被其他程序占用或是只读文件（在 Excel 或 WPS 中打开着的文件不能被替换）。请关闭该文件、取消只读后再试，或用 -o 换一个输出文件名。";
            }
            return head + "权限不足，不能在“" + dir + "”中写入文件。请用 --out-dir 换一个有写入权限的文件夹（例如自己的文档文件夹），或请管理员开放该文件夹的写权限后再试。";
        }
        if (e instanceof NoSuchFileException) {
            return head + "输出文件夹“" + dir + "”不存在且无法创建。请检查路径，或用 --out-dir 换一个输出文件夹后再试。";
        }
        return head + "系统报告“" + e.getMessage() + "”。请检查输出位置是否可写、磁盘是否有空间，或用 --out-dir 换一个输出文件夹后再试。";
    }
}
