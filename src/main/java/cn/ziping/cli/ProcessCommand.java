package cn.ziping.cli;

import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "默认输出为原文件旁的 NAME.checked.xlsx（格式与原文件相同）。",
            "退出码：0 无错误；1 有错误类问题；3 文件无法打开（多个文件取最大值）。"})
public final class ProcessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要处理的工作簿（.xlsx、.xlsm、.xls）")
    List<Path> files;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "输出文件（只处理一个文件时可用）")
        Path output;

        @Option(names = "--out-dir", paramLabel = "DIR", description = "输出文件夹（文件名为 NAME.checked.xlsx）")
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
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options options = new Options(profile.resolve(spec.commandLine()), fix).withReport(report);
        Path output = target == null ? null : target.output;
        Path outDir = target == null ? null : target.outDir;
        if (output != null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o 只能用于一个文件；多个文件请用 --out-dir");
        }
        if (outDir != null) Files.createDirectories(outDir);
        int code = ExitCodes.OK;
        Set<Path> written = new HashSet<>();
        for (Path file : files) {
            Evaluation e;
            try {
                e = Evaluator.process(file, output, outDir, options, written);
            } catch (IOException ex) {
                err.println(file + "：无法写出结果：" + ex.getMessage());
                code = Math.max(code, ExitCodes.UNREADABLE);
                continue;
            } catch (RuntimeException | Error bug) {
                err.println(file + "：" + Internal.apologise(bug));
                code = Math.max(code, ExitCodes.INTERNAL);
                continue;
            }
            code = Math.max(code, e.exitCode());
            if (e.error() != null) {
                err.println(e.file() + "：" + e.error());
            } else {
                out.print(TextReport.render(e));
            }
        }
        out.flush();
        return code;
    }
}
