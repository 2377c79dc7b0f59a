package cn.ziping.bench;

import cn.ziping.template.ExampleData;
import cn.ziping.template.FormContent;
import cn.ziping.template.SummaryContent;
import cn.ziping.write.TemplateWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Department workbooks for tests and benchmarks, made from the example's 25 projects: each with
 * its own unit name, its own number of projects and a different rotation of the example's forms
 * (so departments differ in amounts, scores and findings). The example's own slip (an amount in
 * 元 among 万元) is in every department that includes that project.
 */
public final class Corpus {

    private Corpus() {
    }

    /** A department called {@code unit} of {@code projects} projects, rotated by {@code variant}. */
    public static void department(Path file, String unit, int projects, int variant) throws IOException {
        List<FormContent> base = ExampleData.forms();
        SummaryContent s = ExampleData.summary();
        List<FormContent> forms = new ArrayList<>();
        List<SummaryContent.Row> rows = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            int k = (i + variant * 7) % base.size();
            FormContent f = base.get(k);
            String sheet = "项目" + (i + 1);
            String name = f.name() + (i >= base.size() ? "（" + (i / base.size() + 1) + "）" : "");
            forms.add(new FormContent(sheet, f.year(), name, unit, unit, f.funds(), f.goalExpected(), f.goalActual(),
                    f.indicators(), f.typedRate(), f.typedExecutionScore(), f.typedTotal(), f.typedGrade()));
            SummaryContent.Row r = s.rows().get(k);
            rows.add(new SummaryContent.Row(name, r.source(), r.initial(), r.budget(), r.executed(), r.rate(), r.score(),
                    r.grade(), r.carryOver(), r.spotCheck(), sheet, r.remark()));
        }
        SummaryContent summary = new SummaryContent(unit, s.year(), null, null, null, null, null, null, rows, 0);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = TemplateWriter.department(summary, forms); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** {@code count} departments spread over {@code folders} district folders under {@code dir}. */
    public static List<Path> tree(Path dir, int count, int folders, int minProjects, int maxProjects) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int projects = minProjects + (i * 7) % (maxProjects - minProjects + 1);
            Path f = dir.resolve("区县" + (i % folders + 1)).resolve("单位" + (i + 1) + "预算项目绩效自评表.xlsx");
            department(f, "第" + (i + 1) + "单位", projects, i);
            files.add(f);
        }
        return files;
    }
}
