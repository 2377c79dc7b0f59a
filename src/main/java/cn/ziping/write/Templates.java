package cn.ziping.write;

import cn.ziping.template.Blanks;
import cn.ziping.template.ExampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes the blank templates (and, on request, the example workbook) into a folder. */
public final class Templates {

    public static final String DEPARTMENT = "部门预算项目绩效自评工作簿（模板）.xlsx";
    public static final String SINGLE = "项目支出绩效自评表（模板）.xlsx";
    public static final String EXAMPLES = "examples";

    private Templates() {
    }

    /** The files this would write into {@code dir}. */
    public static List<Path> targets(Path dir, boolean withExample) {
        List<Path> out = new ArrayList<>(List.of(dir.resolve(DEPARTMENT), dir.resolve(SINGLE)));
        if (withExample) out.add(dir.resolve(EXAMPLES).resolve(ExampleData.FILE_NAME));
        return out;
    }

    public static List<Path> write(Path dir, boolean withExample) throws IOException {
        List<Path> targets = targets(dir, withExample);
        Files.createDirectories(dir);
        try (Workbook wb = TemplateWriter.department(Blanks.summary(), List.of(Blanks.form("项目1")))) {
            AtomicFiles.write(wb, targets.get(0));
        }
        try (Workbook wb = TemplateWriter.single(Blanks.form("项目支出绩效自评表"))) {
            AtomicFiles.write(wb, targets.get(1));
        }
        if (withExample) {
            try (Workbook wb = TemplateWriter.department(ExampleData.summary(), ExampleData.forms())) {
                AtomicFiles.write(wb, targets.get(2));
            }
        }
        return targets;
    }
}
