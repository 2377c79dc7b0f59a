package cn.ziping.write;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.WorkbookContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed templates and example are exactly what the code generates. */
class TemplatesTest {

    static final Path COMMITTED = Path.of("workbook-templates");

    @TempDir
    Path dir;

    @Test
    void committedTemplatesMatchTheGenerator() throws Exception {
        List<Path> fresh = Templates.write(dir, true);
        for (Path f : fresh) {
            Path committed = COMMITTED.resolve(dir.relativize(f));
            assertThat(committed).as("run: java -jar target/ziping.jar template workbook-templates --with-example --force").exists();
            assertThat(WorkbookContent.of(f)).as(committed.toString()).isEqualTo(WorkbookContent.of(committed));
        }
    }

    @Test
    void templatesHaveDropDownsPrintSetupAndFrozenSummary() throws Exception {
        Path dept = Templates.write(dir, false).get(0);
        List<String> content = WorkbookContent.of(dept);
        assertThat(content).anyMatch(l -> l.startsWith("validation") && l.contains("产出指标, 效益指标, 满意度指标"));
        assertThat(content).anyMatch(l -> l.startsWith("validation") && l.contains("[是, 否]"));
        assertThat(content).anyMatch(l -> l.contains("达成年度指标, 部分达成年度指标并具有一定效果"));
        try (var in = Files.newInputStream(dept); var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            var summary = wb.getSheet("汇总表");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getRepeatingRows()).isNotNull();
            var form = wb.getSheet("项目1");
            assertThat(form.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(form.getColumnWidth(8)).isGreaterThan(form.getColumnWidth(0));
        }
    }
}
