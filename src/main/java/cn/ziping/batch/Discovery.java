package cn.ziping.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the workbooks of a batch and where each one's copy goes: every .xlsx/.xlsm/.xls under the
 * folders (a file argument is taken as is), without Excel's lock files ({@code ~$…}), our own
 * copies ({@code ….checked.…}), hidden files, and anything under the output folder or the roll-up.
 * Each copy goes under OUT at the input's place relative to its folder (with several folders, under
 * the folder's name), or beside the input when there is no OUT.
 */
final class Discovery {

    /** One input: the file, the folder its copy goes to, and how it is shown (relative to its folder). */
    record Item(Path file, Path copyDir, String shown) {
    }

    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private Discovery() {
    }

    static List<Item> find(List<Path> roots, Path outDir, Path rollup) {
        List<Item> items = new ArrayList<>();
        Path out = outDir == null ? null : outDir.toAbsolutePath().normalize();
        Path roll = rollup.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path base = root.toAbsolutePath().normalize();
            boolean single = !Files.isDirectory(base);
            Path from = single ? base.getParent() : base;
            Path prefix = roots.size() > 1 && !single ? Path.of(String.valueOf(base.getFileName())) : Path.of("");
            for (Path f : files(base)) {
                if (f.equals(roll) || inOutput(f, out, from)) continue;
                Path rel = prefix.resolve(from.relativize(f));
                Path parent = rel.getParent();
                Path copyDir = out == null ? null : parent == null ? out : out.resolve(parent);
                items.add(new Item(f, copyDir, rel.toString()));
            }
        }
        return items;
    }

    /** Under an output folder that lies inside the input folder: last run's copies, not inputs. */
    private static boolean inOutput(Path f, Path out, Path from) {
        return out != null && out.startsWith(from) && !out.equals(from) && f.startsWith(out);
    }

    /** The workbooks under {@code base} in path order (or base itself, when a file). */
    static List<Path> files(Path base) {
        if (!Files.isDirectory(base)) return List.of(base);
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(Discovery::isWorkbook).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWorkbook(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0 || n.startsWith("~$") || n.startsWith(".") || n.contains(".checked.")) return false;
        return EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
