package cn.ziping.cli;

import cn.ziping.gui.Gui;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping gui [FILE...]}: opens the window, checking the files given; returns when it is closed. */
@Command(name = "gui", description = {"打开图形界面窗口；给出文件或文件夹时立即开始校验。",
            "双击 ziping.jar、把工作簿拖到 ziping.jar 上或用“打开方式”选择 ziping 时也会打开此窗口。"})
public final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "要校验的工作簿或文件夹（.xlsx、.xlsm、.xls）")
    List<Path> files = List.of();

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws InterruptedException {
        if (!Gui.displayAvailable()) {
            spec.commandLine().getErr().println("没有可用的图形显示（无显示器或未设置 DISPLAY），无法打开窗口。"
                    + "请用 “ziping check FILE…” 或 “ziping process FILE…” 在命令行中校验。");
            return ExitCodes.USAGE;
        }
        Gui.run(files);
        return ExitCodes.OK;
    }
}
