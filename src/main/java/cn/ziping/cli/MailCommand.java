package cn.ziping.cli;

import cn.ziping.mail.MailMain;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ziping mail --config FILE}: the mail-in service (docs/mail.md); the work is in cn.ziping.mail. */
@Command(name = "mail", description = {"邮件收表服务：监视邮箱，对来信所附的工作簿逐一校验，把标注后的副本和问题摘要回复给发件人。",
            "配置见 docs/mail.md；密码只从环境变量（如 ZIPING_IMAP_PASSWORD）或仅本用户可读的文件读取。"},
        footer = {"", "退出码：", "  0  正常结束（--test：检查通过）", "  2  参数或配置错误（缺项、取值不对、密码文件他人可读）",
            "  3  无法连接或登录邮件服务器（--test 未通过；--once 时网络一直不通，邮件留待下次）"})
public final class MailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "配置文件（.properties）")
    Path config;

    @Option(names = "--once", description = "处理完当前等待的邮件后退出（供定时任务调用）")
    boolean once;

    @Option(names = "--test", description = "只检查配置：连接并登录两台服务器、检查文件夹，不读取也不改动任何邮件")
    boolean test;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return MailMain.run(config, once, test, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
