package cn.ziping.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Start-up speed for {@code java -jar ziping.jar check|process|batch ...}. Two thirds of a single check's
 * time is the JVM loading and compiling POI and XMLBeans, not work: class-data sharing (the
 * {@code ziping.jsa} archive that the build writes beside the jar) and stopping at the quick C1
 * compiler halve it. A jar's manifest cannot carry JVM options, so when the user did not give them
 * (they typed {@code java -jar}), {@code main} starts one more JVM with them, passes the streams
 * through and exits with its code. It costs one bare JVM start (~0.1 s) and saves about a second.
 *
 * <p>{@code batch} gets the same options: measured on 60 and 200 workbooks at 2 threads, the quick
 * compiler alone used less CPU than full tiered compilation (the optimising compiler's own work
 * does not pay back within a batch of hundreds of files), docs/performance.md.
 *
 * <p>Only {@code check}, {@code process} and {@code batch} are relaunched: no arguments (the window), {@code --help}
 * and everything else run in the first JVM. Nothing happens when the options are already there
 * ({@code bin/ziping}), when not run from a jar, when the command line of this JVM cannot be read,
 * or when {@code ZIPING_NO_RELAUNCH} is set (how {@code bench/startup} measures without it). If the
 * second JVM cannot be started, the command runs here as before. Uses only {@code java.*} classes,
 * so deciding costs nothing.
 */
final class Relaunch {

    static final Set<String> COMMANDS = Set.of("check", "process", "batch");
    static final String MARK = "-Dziping.relaunched=true";
    /** The start-up options; the cds log tags are off so that an archive out of date falls back silently. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off");

    private Relaunch() {
    }

    /**
     * Runs the command in a second JVM with the start-up options when that helps; returns its exit
     * code, or empty when the caller should run the command itself.
     */
    static Optional<Integer> ifUseful(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || System.getenv("ZIPING_NO_RELAUNCH") != null
                || System.getProperty("ziping.relaunched") != null) {
            return Optional.empty();
        }
        try {
            ProcessHandle.Info info = ProcessHandle.current().info();
            Optional<String[]> own = info.arguments();
            Path jar = jar();
            if (own.isEmpty() || jar == null) return Optional.empty();
            List<String> command = command(javaExecutable(info), List.of(own.get()), jar, args);
            if (command == null) return Optional.empty();
            Process p = new ProcessBuilder(command).inheritIO().start();
            return Optional.of(p.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The second JVM's command line: the same java and JVM options as this one (a user's
     * {@code -Xmx96m} or {@code -Dziping.timeLimitSeconds} stays), plus the start-up options and
     * the archive beside the jar; null when this JVM already has them or was not started with
     * {@code -jar}.
     */
    static List<String> command(String java, List<String> ownArgs, Path jar, String[] args) {
        int at = ownArgs.indexOf("-jar");
        if (at < 0) return null;
        List<String> jvm = ownArgs.subList(0, at);
        if (jvm.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-Xshare") || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-agentlib")
                || a.startsWith("-javaagent"))) {
            return null; // the user chose, or is profiling/debugging this JVM
        }
        List<String> c = new ArrayList<>();
        c.add(java);
        c.addAll(jvm);
        c.addAll(OPTIONS);
        Path archive = archive(jar);
        if (Files.isRegularFile(archive)) c.add("-XX:SharedArchiveFile=" + archive);
        c.add(MARK);
        c.add("-jar");
        c.add(jar.toString());
        c.addAll(List.of(args));
        return c;
    }

    /** {@code ziping.jar} → {@code ziping.jsa} beside it (written by the build). */
    static Path archive(Path jar) {
        String n = jar.getFileName().toString();
        return jar.resolveSibling((n.endsWith(".jar") ? n.substring(0, n.length() - 4) : n) + ".jsa");
    }

    private static String javaExecutable(ProcessHandle.Info info) {
        String exe = File.separatorChar == '\\' ? "java.exe" : "java";
        Path home = Path.of(System.getProperty("java.home"), "bin", exe);
        return Files.isExecutable(home) ? home.toString() : info.command().orElse("java");
    }

    private static Path jar() throws URISyntaxException {
        var source = Relaunch.class.getProtectionDomain().getCodeSource();
        if (source == null) return null;
        Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
        return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
    }
}
