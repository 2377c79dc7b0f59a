package cn.ziping.cli;

import cn.ziping.app.Options;
import cn.ziping.batch.Batch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping batch DIR...}: the options, then {@link Batch} does the work. */
@Command(name = "batch", description = {"批量校验文件夹中的全部工作簿（含子文件夹），并行处理，写出标注副本和汇总结果工作簿。",
            "副本按原文件夹结构写入 OUT；汇总结果（默认 OUT/汇总结果.xlsx）含单位汇总、项目明细、问题清单、图表和无法读取的文件。",
            "再次运行时跳过副本比原文件新的文件（--force 全部重做）。单个文件出错不会中断整批。"})
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "要处理的文件夹（也可以是单个工作簿）")
    List<Path> folders;

    @Option(names = "--out-dir", paramLabel = "OUT", description = "标注副本和汇总结果的输出文件夹（默认：副本写在原文件旁）")
    Path outDir;

    @Option(names = "--rollup", paramLabel = "FILE", description = "汇总结果工作簿（默认：OUT/汇总结果.xlsx，无 OUT 时为第一个文件夹中）")
    Path rollup;

    @Option(names = "--threads", paramLabel = "N", description = "同时处理的文件数（默认：CPU 核数）")
    Integer threads;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "标准输出格式：text（默认，每个文件一行）或 json（每个文件一个对象的数组）")
    CheckCommand.Format format;

    @Option(names = "--force", description = "重新处理所有文件，即使副本已是最新")
    boolean force;

    @Mixin
    ProfileOption profile;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) throw new CommandLine.ParameterException(cl, "--threads 应在 1 到 256 之间");
        Options options = new Options(profile.resolve(cl), false);
        Batch.Settings settings = new Batch.Settings(folders, outDir, rollup, n, options,
                format == CheckCommand.Format.json, force, System.console() != null);
        return new Batch(settings, cl.getOut(), cl.getErr()).run();
    }
}
