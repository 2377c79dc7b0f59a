package cn.ziping.cli;

import cn.ziping.app.Inputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The FILE... arguments of check and process: files and folders, expanded by {@link Inputs}. */
final class InputArgs {

    private InputArgs() {
    }

    /** The files to work on; each folder without a workbook is reported on {@code err} (exit 3). */
    static Inputs.Expanded expand(List<Path> args, PrintWriter err) {
        Inputs.Expanded x = Inputs.scan(args);
        for (Path folder : x.emptyFolders()) {
            err.println("文件夹“" + folder + "”中没有找到 Excel 工作簿（.xlsx、.xlsm、.xls；Office 的 ~$ 临时文件和 ziping 的"
                    + " .checked. 输出不算）。");
        }
        return x;
    }
}
