package cn.ziping.cli;

import cn.ziping.app.ErrorLog;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Inputs;
import cn.ziping.app.Options;
import cn.ziping.report.JsonReport;
import cn.ziping.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping check FILE...}: reads and checks, writes nothing. */
@Command(name = "check", description = {"读取并校验自评工作簿，输出发现的问题，不写任何文件。",
            "可给出多个文件或文件夹（含子文件夹）；多个文件时每个文件的问题列在以文件名开头的一行之下，最后一行是合计。"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要校验的工作簿（.xlsx、.xlsm、.xls）或文件夹（校验其中及子文件夹中的全部工作簿）")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "输出格式：text（默认，每个问题一行）或 json")
    Format format;

    @Option(names = "--report", paramLabel = "REPORT",
            description = "同时核对单位的绩效自评工作报告（.docx、.txt 或带文字的 .pdf）中的数字与工作簿是否一致（N001）")
    Path report;

    @Mixin
    ProfileOption profile;

    @Mixin
    HelpOption help;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options options = new Options(profile.resolve(spec.commandLine()), false).withReport(report);
        Inputs.Expanded expanded = InputArgs.expand(files, err);
        List<Path> inputs = expanded.files();
        boolean several = inputs.size() > 1 && format == Format.text;
        List<Evaluation> results = new ArrayList<>();
        int code = expanded.emptyFolders().isEmpty() ? ExitCodes.OK : ExitCodes.UNREADABLE;
        int bugs = 0;
        for (Path file : inputs) {
            if (several) out.print(TextReport.header(file));
            out.flush();
            Evaluation e;
            try {
                e = Evaluator.evaluate(file, options);
            } catch (RuntimeException | Error bug) {
                err.println(file + "：" + ErrorLog.apology(bug));
                code = Math.max(code, ExitCodes.INTERNAL);
                bugs++;
                continue;
            }
            results.add(e);
            code = Math.max(code, e.exitCode());
            if (e.error() != null) err.println(e.file() + "：" + e.error());
            if (format == Format.text && e.error() == null) out.print(TextReport.render(e));
        }
        if (several) out.print(TextReport.totals(results, bugs));
        if (format == Format.json) out.println(JsonReport.render(results));
        out.flush();
        return code;
    }
}
