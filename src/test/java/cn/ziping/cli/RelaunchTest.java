package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {

    @Test
    void theSecondJvmKeepsTheUsersOptionsAndAddsTheStartUpOnes(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("ziping.jar"), "x");
        Files.writeString(dir.resolve("ziping.jsa"), "x");
        List<String> c = Relaunch.command("/jdk/bin/java", List.of("-Xmx96m", "-Dziping.timeLimitSeconds=5", "-jar",
                "ziping.jar", "check", "a.xlsx"), jar, new String[] {"check", "a.xlsx"});
        assertThat(c).startsWith("/jdk/bin/java", "-Xmx96m", "-Dziping.timeLimitSeconds=5")
                .contains("-XX:TieredStopAtLevel=1", "-Xlog:cds=off", "-XX:SharedArchiveFile=" + dir.resolve("ziping.jsa"),
                        Relaunch.MARK)
                .endsWith("-jar", jar.toString(), "check", "a.xlsx");
    }

    @Test
    void batchGetsTheSameStartUpOptions(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("ziping.jar"), "x");
        Files.writeString(dir.resolve("ziping.jsa"), "x");
        List<String> c = Relaunch.command("java", List.of("-Xmx256m", "-jar", "ziping.jar", "batch", "收件箱"), jar,
                new String[] {"batch", "收件箱", "--threads", "2"});
        assertThat(c).startsWith("java", "-Xmx256m")
                .contains("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:cds=off",
                        "-XX:SharedArchiveFile=" + dir.resolve("ziping.jsa"), Relaunch.MARK)
                .endsWith("-jar", jar.toString(), "batch", "收件箱", "--threads", "2");
        // a user who wants the optimising compiler for a very long batch says so, and is not relaunched
        assertThat(Relaunch.command("java", List.of("-XX:TieredStopAtLevel=4", "-jar", "ziping.jar", "batch"), jar,
                new String[] {"batch"})).isNull();
    }

    @Test
    void noArchiveNoArchiveOptionAndTheUsersOwnChoiceWins(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("ziping.jar"), "x");
        List<String> c = Relaunch.command("java", List.of("-jar", "ziping.jar", "process", "a.xlsx"), jar,
                new String[] {"process", "a.xlsx"});
        assertThat(c).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(Relaunch.command("java", List.of("-XX:TieredStopAtLevel=4", "-jar", "ziping.jar", "check"), jar,
                new String[] {"check"})).isNull();
        assertThat(Relaunch.command("java", List.of("-cp", "ziping.jar", "cn.ziping.cli.Main", "check"), jar,
                new String[] {"check"})).isNull();
    }

    @Test
    void onlyCheckProcessAndBatchAreRelaunched() {
        assertThat(Relaunch.COMMANDS).containsExactlyInAnyOrder("check", "process", "batch");
        // no arguments opens the window, --help and template run in the first JVM
        assertThat(Relaunch.ifUseful(new String[0])).isEmpty();
        assertThat(Relaunch.ifUseful(new String[] {"--help"})).isEmpty();
        assertThat(Relaunch.ifUseful(new String[] {"template", "x"})).isEmpty();
        // in the test JVM (not started with -jar) even check runs here
        assertThat(Relaunch.ifUseful(new String[] {"check", "x.xlsx"})).isEmpty();
        assertThat(Relaunch.archive(Path.of("/a/ziping.jar"))).isEqualTo(Path.of("/a/ziping.jsa"));
    }
}
