package cn.ziping.cli;

import cn.ziping.write.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping template [DIR]}: writes the blank templates. */
@Command(name = "template", description = {"生成空白模板：部门工作簿（汇总表 + 项目支出绩效自评表）和单个项目自评表。",
            "已有同名文件时不覆盖，除非加 --force。"})
public final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "输出文件夹（默认当前文件夹）")
    Path dir;

    @Option(names = "--with-example", description = "同时生成示例工作簿（保定市徐水区应急管理局 2024 年度）到 examples/")
    boolean withExample;

    @Option(names = "--force", description = "覆盖已有的同名文件")
    boolean force;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = Templates.targets(dir, withExample);
        if (!force) {
            for (Path t : targets) {
                if (Files.exists(t)) {
                    err.println("文件已存在：" + t + "。为避免覆盖已填写的内容，未写任何文件；确需覆盖请加 --force。");
                    return ExitCodes.USAGE;
                }
            }
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("“" + dir + "”不是文件夹。");
            return ExitCodes.USAGE;
        }
        for (Path p : Templates.write(dir, withExample)) out.println("已生成 " + p);
        return ExitCodes.OK;
    }
}
