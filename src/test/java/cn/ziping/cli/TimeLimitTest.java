package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A file that takes longer than the limit is given up with one Chinese sentence, not a hang. */
class TimeLimitTest {

    @Test
    void pastTheLimitTheFileIsReportedAndTheProcessEnds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dziping.timeLimitSeconds=0", "-cp", System.getProperty("java.class.path"),
                "cn.ziping.cli.Main", "check", "workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx")
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends by itself").isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(3);
        assertThat(err).contains("超过 0 秒仍未完成，已放弃").doesNotContain("Exception");
    }
}
