package cn.ziping.cli;

import cn.ziping.app.ErrorLog;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Inputs;
import cn.ziping.app.Options;
import cn.ziping.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping process FILE...}: checks and writes the annotated copy of each file. */
@Command(name = "process", description = {"校验工作簿并写出标注后的副本，原文件不做任何修改。",
            "副本中：补填计算项（执行率、得分、总分、等级），按严重程度给问题单元格着色并加批注，新增“校验结果”工作表列出全部问题（可点击跳转）。",
            "默认输出到原文件旁，名为 NAME.checked.xlsx（格式与原文件相同）。",
            "再次处理 ziping 的输出时不会叠加 .checked 后缀。",
            "副本写不出时（权限不足、磁盘已满、文件被占用），仍输出发现的问题，并说明原因，退出码 5。"})
public final class ProcessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要处理的工作簿（.xlsx、.xlsm、.xls）或文件夹（处理其中及子文件夹中的全部工作簿）")
    List<Path> files;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT",
                description = "输出文件（只处理一个文件时可用）；以 / 结尾或是已有的文件夹时，表示输出到该文件夹，同 --out-dir")
        String output;

        @Option(names = "--out-dir", paramLabel = "DIR", description = "输出文件夹（文件名为 NAME.checked.xlsx），不存在时自动创建")
        Path outDir;
    }

    @Option(names = "--fix", description = "把与规则不符的计算项改为计算值（原值保留在批注中）；默认只标注不修改")
    boolean fix;

    @Option(names = "--report", paramLabel = "REPORT",
            description = "同时核对单位的绩效自评工作报告（.docx、.txt 或带文字的 .pdf）中的数字与工作簿是否一致（N001）")
    Path report;

    @Mixin
    ProfileOption profile;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options options = new Options(profile.resolve(spec.commandLine()), fix).withReport(report);
        Path output = null;
        Path outDir = target == null ? null : target.outDir;
        if (target != null && target.output != null) {
            Path o = path(target.output);
            // "-o out/" or "-o 已有文件夹" means "into this folder", as --out-dir does
            if (endsWithSeparator(target.output) || Files.isDirectory(o)) outDir = o;
            else output = o;
        }
        Inputs.Expanded expanded = InputArgs.expand(files, err);
        List<Path> inputs = expanded.files();
        int code = expanded.emptyFolders().isEmpty() ? ExitCodes.OK : ExitCodes.UNREADABLE;
        if (output != null && inputs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "-o 指定的是一个文件，只能用于一个工作簿；多个工作簿请用 --out-dir 或以 / 结尾的 -o 文件夹");
        }
        boolean several = inputs.size() > 1;
        List<Evaluation> results = new ArrayList<>();
        int bugs = 0;
        Set<Path> written = new HashSet<>();
        for (Path file : inputs) {
            if (several) out.print(TextReport.header(file));
            out.flush();
            Evaluation e;
            try {
                e = Evaluator.process(file, output, outDir, options, written);
            } catch (IOException ex) {
                err.println(file + "：无法写出结果：" + ex.getMessage());
                code = Math.max(code, ExitCodes.UNREADABLE);
                continue;
            } catch (RuntimeException | Error bug) {
                err.println(file + "：" + ErrorLog.apology(bug));
                code = Math.max(code, ExitCodes.INTERNAL);
                bugs++;
                continue;
            }
            results.add(e);
            code = Math.max(code, e.exitCode());
            if (e.error() != null) {
                err.println(e.file() + "：" + e.error());
            } else {
                out.print(TextReport.render(e));
                out.flush();
                if (e.writeError() != null) err.println(e.file() + "：" + e.writeError());
            }
        }
        if (several) out.print(TextReport.totals(results, bugs));
        out.flush();
        return code;
    }

    private Path path(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o 的路径“" + s + "”无效：" + e.getReason());
        }
    }

    private static boolean endsWithSeparator(String s) {
        return s.endsWith("/") || s.endsWith(File.separator) || s.endsWith("\\");
    }
}
