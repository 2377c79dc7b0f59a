package cn.ziping.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ziping}: with no command prints the help ({@link Main} opens the window instead where a display exists). */
@Command(name = "ziping", version = "ziping 0.1.0", description = {"预算项目绩效自评表（汇总表 + 项目支出绩效自评表）的校验与补全工具。",
            "计算执行率及得分、定量指标得分、总分和等级，核对汇总数据，把结果和问题标注在工作簿副本中。"},
        subcommands = {CheckCommand.class, ProcessCommand.class, TemplateCommand.class, BatchCommand.class,
            MailCommand.class, GuiCommand.class, ReportCommand.class})
public final class Root implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
