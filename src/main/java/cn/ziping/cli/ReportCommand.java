package cn.ziping.cli;

import cn.ziping.app.ErrorLog;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Options;
import cn.ziping.app.ReportDrafter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping report WORKBOOK [-o 报告.docx]}: drafts the narrative report from the workbook. */
@Command(name = "report", description = {"根据自评工作簿起草《预算项目绩效自评工作报告》（可编辑的 .docx），数字全部取自 ziping 的计算结果。",
            "需要单位自行填写的地方以【请填写：…】标出；工作簿有错误时仍生成初稿，并在第一段列出错误。",
            "默认输出为工作簿旁的 NAME.自评报告.docx；不覆盖已被修改过或不是 ziping 生成的文件。",
            "工作簿有错误时初稿照样写出，退出码 1；初稿未能写出（同名文件已存在且不是 ziping 生成后未经修改的初稿、权限不足等）时退出码 5。"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "WORKBOOK", description = "单位的自评工作簿（.xlsx、.xlsm、.xls）")
    Path workbook;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "报告初稿的文件名（.docx）")
    Path output;

    @Mixin
    ProfileOption profile;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evaluation e;
        try {
            e = ReportDrafter.draft(workbook, output, new Options(profile.resolve(spec.commandLine()), false));
        } catch (IOException ex) {
            err.println(workbook + "：无法写出报告初稿：" + ex.getMessage());
            return ExitCodes.NOT_WRITTEN;
        } catch (RuntimeException | Error bug) {
            err.println(workbook + "：" + ErrorLog.apology(bug));
            return ExitCodes.INTERNAL;
        }
        if (e.error() != null) {
            err.println(e.file() + "：" + e.error());
            return ExitCodes.UNREADABLE;
        }
        out.println("已写出报告初稿：" + e.output() + (e.exitCode() == ExitCodes.FINDINGS
                ? "（工作簿有错误，已列在初稿第一段，请先更正工作簿后重新生成）" : ""));
        out.flush();
        return e.exitCode();
    }
}
