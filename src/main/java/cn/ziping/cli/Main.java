package cn.ziping.cli;

import cn.ziping.app.ErrorLog;
import cn.ziping.gui.Gui;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** {@code java -jar ziping.jar ...}: the command line (cli.md). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        var relaunched = Relaunch.ifUseful(args);
        if (relaunched.isPresent()) System.exit(relaunched.get());
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), true);
        boolean display = Gui.displayAvailable();
        String[] launched = launch(args, display);
        if (display && launched != args) {
            // a double-click or a drop: straight to the window, without building the command line (start-up time)
            System.exit(openWindow(err, Arrays.stream(launched).skip(1).map(Path::of).toList()));
        }
        System.exit(run(out, err, launched));
    }

    private static int openWindow(PrintWriter err, List<Path> files) {
        try {
            Gui.run(files);
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (RuntimeException | Error bug) {
            err.println(ErrorLog.apology(bug));
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * What a double-click or a drop means: no arguments open the window where a display exists;
     * files with no command (a drop on the jar, "打开方式") open the window checking them. Anything
     * else is the command line as before.
     */
    static String[] launch(String[] args, boolean display) {
        if (args.length == 0) return display ? new String[] {"gui"} : args;
        String first = args[0];
        boolean command = first.startsWith("-") || command().getSubcommands().containsKey(first);
        if (!command && exists(first)) {
            String[] gui = new String[args.length + 1];
            gui[0] = "gui";
            System.arraycopy(args, 0, gui, 1, args.length);
            return gui;
        }
        return args;
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Runs the command line with the given writers; returns the exit code of cli.md. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = command();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine command() {
        CommandLine cl = new CommandLine(new Root());
        chineseHeadings(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(ErrorLog.apology(ex));
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("参数错误：" + UsageErrors.say(ex));
            c.getErr().println("用 “ziping " + (c.getCommandName().equals("ziping") ? "" : c.getCommandName() + " ")
                    + "--help” 查看用法。");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** The usage headings of every command, in Chinese. */
    private static void chineseHeadings(CommandLine cl) {
        var usage = cl.getCommandSpec().usageMessage().synopsisHeading("用法：").descriptionHeading("%n说明：%n")
                .optionListHeading("%n选项：%n").parameterListHeading("%n参数：%n").commandListHeading("%n命令：%n");
        if (usage.footer().length == 0) usage.footer(ExitCodes.TABLE); // ziping mail has exit codes of its own
        cl.getSubcommands().values().forEach(Main::chineseHeadings);
    }
}
