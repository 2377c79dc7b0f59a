package cn.ziping.app;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files a list of command-line arguments (or dropped paths) means: every front end that
 * takes "files or folders" calls {@link #expand}. A folder stands for every workbook under it,
 * recursively ({@code .xlsx}, {@code .xlsm}, {@code .xls}, in name order), except Office's lock
 * files ({@code ~$表.xlsx}, left beside a workbook open in Excel) and ziping's own outputs
 * ({@code 表.checked.xlsx}, {@code 表 (2).checked.xlsx}), which a re-run would otherwise check
 * again. A file named directly is always taken, whatever its name: the user asked for it, and
 * the reader says what is wrong with it. The same file named twice (directly, through a folder,
 * or through a link) is taken once, at its first place.
 */
public final class Inputs {

    private static final Pattern WORKBOOK = Pattern.compile(".*\\.(xlsx|xlsm|xls)$");
    private static final Pattern OUR_OUTPUT = Pattern.compile(".*\\.checked\\.(xlsx|xlsm|xls)$");

    private Inputs() {
    }

    /** What the arguments stand for, and the folders among them that hold no workbook at all. */
    public record Expanded(List<Path> files, List<Path> emptyFolders) {
    }

    /** The files the arguments stand for, in order, each once (see the class comment). */
    public static List<Path> expand(List<Path> args) {
        return scan(args).files();
    }

    /** As {@link #expand}, also naming each folder argument in which no workbook was found. */
    public static Expanded scan(List<Path> args) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = workbooksUnder(arg);
                if (found.isEmpty()) empty.add(arg);
                for (Path f : found) {
                    if (seen.add(identity(f))) files.add(f);
                }
            } else if (seen.add(identity(arg))) {
                // a missing or odd file is kept: the reader gives it its Chinese sentence
                files.add(arg);
            }
        }
        return new Expanded(List.copyOf(files), List.copyOf(empty));
    }

    /** Would a folder walk take a file of this name? */
    public static boolean isWorkbookName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return WORKBOOK.matcher(n).matches() && !n.startsWith("~$") && !OUR_OUTPUT.matcher(n).matches();
    }

    /** Is this the name of an output ziping writes ({@code NAME.checked.xlsx})? */
    public static boolean isOurOutputName(String fileName) {
        return OUR_OUTPUT.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    private static List<Path> workbooksUnder(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isWorkbookName(file.getFileName().toString())) found.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // an unreadable sub-folder or a link loop: skip it, keep the rest
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // the visitor never throws; the folder itself vanished: nothing found
        }
        found.sort(null);
        return found;
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
