package cn.ziping.cli;

import picocli.CommandLine.Option;

/** The Chinese -h/--help of every command (a picocli mixin). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;
}
