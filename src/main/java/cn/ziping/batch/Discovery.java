package cn.ziping.batch;

import cn.ziping.app.Inputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the workbooks of a batch and where each one's copy goes: the workbooks under the folders
 * as {@link Inputs} finds them for every front end (no lock files, none of our copies), less
 * anything under an output folder inside an input folder and the roll-up itself.
 * Each copy goes under OUT at the input's place relative to its folder (with several folders, under
 * the folder's name), or beside the input when there is no OUT.
 */
final class Discovery {

    /** One input: the file, the folder its copy goes to, and how it is shown (relative to its folder). */
    record Item(Path file, Path copyDir, String shown) {
    }

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

    /** The workbooks under {@code base} in path order (or base itself, when a file), as every front end finds them. */
    static List<Path> files(Path base) {
        return Inputs.expand(List.of(base)).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
}
