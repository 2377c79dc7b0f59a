package cn.ziping.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import java.util.List;

/** Runs one check and states what it found as {@code A1 severity} strings. */
final class CheckTestSupport {

    private CheckTestSupport() {
    }

    static List<Finding> run(Check c, Context ctx) {
        List<Finding> out = c.run(ctx);
        for (Finding f : out) {
            assertThat(f.code()).isEqualTo(c.code());
            assertThat(f.message()).isNotBlank();
        }
        return out;
    }

    static List<String> cells(Check c, Context ctx) {
        return run(c, ctx).stream().map(f -> f.cell().a1() + " " + f.severity().id()).toList();
    }

    static void silent(Check c, Context ctx) {
        assertThat(run(c, ctx)).as(c.code() + " must stay silent").isEmpty();
    }

    static void fires(Check c, Context ctx, String... cellsAndSeverities) {
        assertThat(cells(c, ctx)).as(c.code()).containsExactly(cellsAndSeverities);
    }

    static String error(String a1) {
        return a1 + " " + Severity.ERROR.id();
    }

    static String warning(String a1) {
        return a1 + " " + Severity.WARNING.id();
    }

    static String info(String a1) {
        return a1 + " " + Severity.INFO.id();
    }
}
