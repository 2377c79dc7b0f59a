package cn.ziping.mail;

import cn.ziping.app.Evaluation;
import java.nio.file.Path;

/**
 * What became of one attached file: evaluated (with its annotated copy, or the Chinese reason it
 * could not be read), or refused before evaluation ({@code problem}: too large, over the count,
 * not a workbook).
 */
record Outcome(String name, Evaluation evaluation, Path annotated, String problem) {

    static Outcome refused(String name, String problem) {
        return new Outcome(name, null, null, problem);
    }

    boolean checked() {
        return evaluation != null && evaluation.error() == null && annotated != null;
    }

    /** A workbook or a zip, checked or not: a file the sender meant us to check. */
    boolean candidate() {
        return evaluation != null || Attachments.isWorkbook(name) || name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** The sentence to show when the file was not checked. */
    String why() {
        if (problem != null) return problem;
        if (evaluation != null && evaluation.error() != null) return evaluation.error();
        return "未能处理";
    }
}
