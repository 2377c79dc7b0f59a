package cn.ziping.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors said in Chinese. The kinds people meet (a missing file, an unknown option
 * or command, a value not among the choices, an option given twice, -o with --out-dir) are
 * recognised by exception type, which does not change between picocli releases; the rest of
 * picocli's English sentences are translated by pattern, so nothing reaches the user in English.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** One or two Chinese lines for a usage error (without the "see --help" hint). */
    static String say(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException u) return unmatched(cl, u);
        if (ex instanceof MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            if (missing != null && !missing.isEmpty() && missing.get(0) instanceof OptionSpec o
                    && ex.getMessage().contains("for option")) {
                return "选项 " + o.longestName() + " 后面缺少取值（" + o.paramLabel() + "）";
            }
            if (missing != null && !missing.isEmpty()) {
                return "缺少必需的参数：" + missing.stream().map(UsageErrors::label).collect(Collectors.joining("、"))
                        + (missing.get(0).paramLabel().equals("FILE") ? "（要处理的工作簿或文件夹）" : "");
            }
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "选项 " + label(o.getOverwritten()) + " 只能给一次";
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            return exclusive(ex.getMessage());
        }
        String m = ex.getMessage();
        if (m != null && m.startsWith("Error: expected only one match but got")) return exclusive(m);
        return translate(m);
    }

    private static String unmatched(CommandLine cl, UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        StringBuilder b = new StringBuilder();
        if (first.startsWith("-")) {
            b.append("未知选项：").append(first);
        } else if (cl.getCommandSpec().parent() == null && !cl.getSubcommands().isEmpty()) {
            b.append("未知命令“").append(first).append("”，可用的命令有：").append(String.join("、", cl.getSubcommands().keySet()));
        } else {
            b.append("多余的参数：").append(args.stream().map(a -> "“" + a + "”").collect(Collectors.joining("、")));
        }
        List<String> suggestions = u.getSuggestions();
        if (suggestions != null && !suggestions.isEmpty()) {
            b.append("。是不是想输入：").append(String.join("、", suggestions)).append("？");
        }
        return b.toString();
    }

    private static String exclusive(String message) {
        if (message != null && message.contains("--out-dir")) return "-o/--output 与 --out-dir 只能给其中一个，且只能给一次";
        return "这些选项只能选一个：" + translate(message);
    }

    private static String label(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    /** picocli's other English sentences, by pattern. */
    static String translate(String message) {
        if (message == null) return "";
        String s = message
                .replaceFirst("^Missing required parameter[s]?: (.*)$", "缺少必需的参数：$1")
                .replaceFirst("^Missing required option[s]?: (.*)$", "缺少必需的选项：$1")
                .replaceFirst("^Unknown options?: (.*)$", "未知选项：$1")
                .replaceFirst("^Unmatched arguments? (?:at|from) index \\d+: (.*)$", "多余的参数：$1")
                .replaceFirst("^Missing required parameter for option '(.*?)' \\((.*)\\)$", "选项 $1 后面缺少取值（$2）")
                .replaceFirst("^Expected parameter for option '(.*?)' but found '(.*?)'$", "选项 $1 后面缺少取值（却是 $2）")
                .replaceFirst("^Invalid value for option '(.*?)': (.*)$", "选项 $1 的值无效：$2")
                .replaceFirst("^Invalid value for positional parameter at index \\d+ \\((.*?)\\): (.*)$", "参数 $1 无效：$2")
                .replaceFirst("^[Oo]ption '(.*?)' \\(.*\\) should be specified only once$", "选项 $1 只能给一次")
                .replaceFirst("^Error: (.*) are mutually exclusive \\(specify only one\\)$", "$1 只能选一个");
        s = s.replaceAll("expected one of \\[(.*?)\\] \\(case-sensitive\\) but was '(.*?)'", "可选值为 $1（区分大小写），给出的是“$2”")
                .replaceAll("'(.*?)' is not a boolean", "“$1”不是 true 或 false")
                .replaceAll("'(.*?)' is not an? (int|long|double|float|number)", "“$1”不是数字")
                .replaceAll("'(.*?)' is not a \\w+", "“$1”不是有效的取值")
                .replaceAll("'([^']*)'", "“$1”");
        // a list "[text, json]" becomes "text、json"
        return s.replace(", ", "、");
    }
}
