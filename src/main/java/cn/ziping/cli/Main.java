package cn.ziping.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        System.exit(run(out, err, args));
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
            commandLine.getErr().println(Internal.apologise(ex));
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
        cl.getCommandSpec().usageMessage().synopsisHeading("用法：").descriptionHeading("%n说明：%n")
                .optionListHeading("%n选项：%n").parameterListHeading("%n参数：%n").commandListHeading("%n命令：%n")
                .footer(ExitCodes.TABLE);
        cl.getSubcommands().values().forEach(Main::chineseHeadings);
    }
}
