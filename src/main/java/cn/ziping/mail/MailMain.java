package cn.ziping.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code ziping mail --config FILE [--once] [--test]} does, for the command line to call.
 * Returns the exit code: 0 done, 2 a configuration problem, 3 the servers could not be used.
 */
public final class MailMain {

    private MailMain() {
    }

    public static int run(Path config, boolean once, boolean test, PrintWriter out, PrintWriter err) {
        MailConfig c;
        try {
            c = MailConfig.load(config);
        } catch (MailConfig.ConfigException e) {
            err.println("配置错误：" + e.getMessage());
            err.flush();
            return 2;
        }
        if (test) return ConnectionCheck.run(c, out) ? 0 : 3;
        try (MailService service = new MailService(c)) {
            if (once) return service.runOnce() ? 0 : 3;
            // SIGTERM (systemd stop, Ctrl-C): finish the message in hand, then end.
            Thread hook = new Thread(() -> service.stop(Duration.ofSeconds(120)), "ziping-mail-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            service.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped the service
            }
            return 0;
        } catch (IOException e) {
            err.println("无法读取状态文件“" + c.stateFile() + "”：" + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
