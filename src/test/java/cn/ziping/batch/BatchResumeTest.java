package cn.ziping.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.bench.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running a batch skips files whose copy is newer than the input; --force redoes them; the roll-up is whole every time. */
class BatchResumeTest {

    @TempDir
    Path dir;

    @Test
    void reRunSkipsUpToDateCopiesAndForceRedoesThem() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        Corpus.department(in.resolve("a/甲.xlsx"), "甲", 3, 1);
        Corpus.department(in.resolve("b/乙.xlsx"), "乙", 4, 2);
        Files.writeString(in.resolve("b/坏.xlsx"), "not a workbook");
        Path copyA = out.resolve("a/甲.checked.xlsx");
        Path copyB = out.resolve("b/乙.checked.xlsx");
        Path rollup = out.resolve(Batch.ROLLUP_NAME);

        BatchTest.Run first = BatchTest.batch(in.toString(), "--out-dir", out.toString(), "--threads", "1");
        assertThat(first.code()).as(first.err()).isEqualTo(3);
        assertThat(copyA).exists();
        FileTime a1 = Files.getLastModifiedTime(copyA);
        FileTime b1 = Files.getLastModifiedTime(copyB);
        byte[] rollup1 = Files.readAllBytes(rollup);

        BatchTest.Run second = BatchTest.batch(in.toString(), "--out-dir", out.toString());
        assertThat(second.out()).contains("副本已是最新 2 个").contains("已处理 0 个").contains("无法读取或处理 1 个");
        assertThat(Files.getLastModifiedTime(copyA)).isEqualTo(a1);
        assertThat(Files.getLastModifiedTime(copyB)).isEqualTo(b1);
        assertThat(rollup).exists();
        assertThat(Files.size(rollup)).isGreaterThan(rollup1.length / 2);

        // the input changed after its copy was written: only it is redone
        Files.setLastModifiedTime(in.resolve("a/甲.xlsx"), FileTime.fromMillis(a1.toMillis() + 5_000));
        BatchTest.Run third = BatchTest.batch(in.toString(), "--out-dir", out.toString());
        assertThat(third.out()).contains("已处理 1 个").contains("副本已是最新 1 个");
        assertThat(Files.getLastModifiedTime(copyA)).isNotEqualTo(a1);
        assertThat(Files.getLastModifiedTime(copyB)).isEqualTo(b1);

        BatchTest.Run forced = BatchTest.batch(in.toString(), "--out-dir", out.toString(), "--force");
        assertThat(forced.out()).contains("已处理 2 个").contains("副本已是最新 0 个");
        assertThat(Files.getLastModifiedTime(copyB)).isNotEqualTo(b1);
    }

    @Test
    void aFileAtTheRollupPathThatIsNotOursIsLeftAlone() throws Exception {
        Path in = dir.resolve("in");
        Corpus.department(in.resolve("甲.xlsx"), "甲", 2, 1);
        Path theirs = dir.resolve("汇总.xlsx");
        Corpus.department(theirs, "别人的表", 2, 3);
        byte[] before = Files.readAllBytes(theirs);
        BatchTest.Run r = BatchTest.batch(in.toString(), "--rollup", theirs.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("不是 ziping 生成的汇总结果");
        assertThat(Files.readAllBytes(theirs)).isEqualTo(before);
        // without OUT the copies go beside the inputs and the roll-up into the folder
        BatchTest.Run plain = BatchTest.batch(in.toString());
        assertThat(plain.code()).as(plain.err()).isZero(); // two projects without the example's slip
        assertThat(in.resolve("甲.checked.xlsx")).exists();
        assertThat(in.resolve(Batch.ROLLUP_NAME)).exists();
        // and a re-run does not take our own roll-up or copies for inputs
        BatchTest.Run again = BatchTest.batch(in.toString());
        assertThat(again.out()).contains("共 1 个文件");
    }

    @Test
    void noWorkbooksIsExitThreeAsForProcess() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        BatchTest.Run r = BatchTest.batch(dir.resolve("empty").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("没有找到 Excel 工作簿");
        BatchTest.Run missing = BatchTest.batch(dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("找不到文件夹");
    }
}
