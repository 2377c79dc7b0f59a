package cn.ziping.cli;

import cn.ziping.score.Profile;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --profile of check and process (a picocli mixin): a known profile name, or a Chinese usage error. */
final class ProfileOption {

    @Option(names = "--profile", defaultValue = "national", paramLabel = "P", completionCandidates = Names.class,
            description = "评分规则：national（默认，全国通行）、jiangxi（执行率分档）、hubei（执行权重20分）、"
                    + "grades-80-70-60（等级分档80/70/60）、reverse-ratio（反向指标按 t/x 计分）")
    String name;

    String resolve(CommandLine cl) {
        return Profile.byName(name).map(Profile::name).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "未知的评分规则“" + name + "”，可选：" + Profile.ALL.stream().map(Profile::name).collect(Collectors.joining("、"))));
    }

    /** For picocli's completion candidates. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Profile.ALL.stream().map(Profile::name).iterator();
        }
    }
}
