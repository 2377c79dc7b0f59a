package cn.ziping.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a drop or a choice means: a file as given (so that a file which is not a workbook still
 * gets its row and its reason), a folder as every .xlsx/.xlsm/.xls below it, without Excel's
 * {@code ~$} lock files and without our own {@code .checked.} outputs.
 */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static List<Path> expand(List<Path> inputs) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(WorkbookFiles::isWorkbook).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    static boolean isWorkbook(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith("~$") || n.contains(".checked.")) return false;
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }
}
