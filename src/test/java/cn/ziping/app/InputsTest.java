package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @Test
    void foldersExpandRecursivelyToWorkbooksOnly(@TempDir Path dir) throws IOException {
        Path a = touch(dir.resolve("a.xlsx"));
        Path b = touch(dir.resolve("sub/深/b.XLSM"));
        Path c = touch(dir.resolve("sub/c.xls"));
        touch(dir.resolve("~$a.xlsx"));
        touch(dir.resolve("a.checked.xlsx"));
        touch(dir.resolve("sub/c (2).checked.xls"));
        touch(dir.resolve("说明.docx"));
        touch(dir.resolve("notes.txt"));
        assertThat(Inputs.expand(List.of(dir))).containsExactly(a, c, b);
    }

    @Test
    void aFileNamedTwiceIsTakenOnce(@TempDir Path dir) throws IOException {
        Path a = touch(dir.resolve("a.xlsx"));
        Path same = dir.resolve("sub/../a.xlsx");
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), a);
        assertThat(Inputs.expand(List.of(a, dir, same, link))).containsExactly(a);
    }

    @Test
    void filesNamedDirectlyAreAlwaysTakenAndEmptyFoldersAreNamed(@TempDir Path dir) throws IOException {
        Path output = touch(dir.resolve("x.checked.xlsx"));
        Path missing = dir.resolve("nope.xlsx");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        touch(empty.resolve("~$lock.xlsx"));
        Inputs.Expanded x = Inputs.scan(List.of(output, missing, empty));
        assertThat(x.files()).containsExactly(output, missing);
        assertThat(x.emptyFolders()).containsExactly(empty);
    }

    @Test
    void writeFailuresSayWhyAndWhatToDo() {
        Path target = Path.of("/srv/out/表.checked.xlsx");
        String tmp = "/srv/out/.表.checked.xlsx.1184.tmp";
        assertThat(WriteFailure.explain(target, new AccessDeniedException(tmp)))
                .contains("表.checked.xlsx").contains("权限不足").contains("--out-dir").doesNotContain(".tmp");
        assertThat(WriteFailure.explain(target, new FileSystemException(tmp, null, "No space left on device")))
                .contains("磁盘已满");
        assertThat(WriteFailure.explain(target, new IOException("There is not enough space on the disk")))
                .contains("磁盘已满");
        assertThat(WriteFailure.explain(target, new FileSystemException(tmp, null,
                "The process cannot access the file because it is being used by another process")))
                .contains("文件被其他程序占用").contains("关闭");
        assertThat(WriteFailure.explain(target, new FileSystemException(tmp, null, "另一个程序正在使用此文件，进程无法访问。")))
                .contains("文件被其他程序占用");
        assertThat(WriteFailure.explain(target, new NotDirectoryException("/srv/out"))).contains("不是文件夹");
        assertThat(WriteFailure.explain(target, new FileSystemException(tmp, null, "Read-only file system")))
                .contains("只读");
        assertThat(WriteFailure.explain(target, new IOException("Input/output error"))).contains("Input/output error")
                .contains("未能写出标注副本");
    }

    private static Path touch(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.write(p, new byte[] {1});
    }
}
