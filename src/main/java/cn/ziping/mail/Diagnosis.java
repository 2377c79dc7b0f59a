package cn.ziping.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Says in Chinese what a connection failure means for the operator: host unreachable, a TLS
 * mode that does not match the port, an untrusted certificate, a wrong password, a missing
 * folder. Never includes the password.
 */
final class Diagnosis {

    private Diagnosis() {
    }

    /** For the service's log: names the server (IMAP or SMTP) whose connection failed. */
    static String explain(Throwable e, MailConfig c) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Mailbox.SmtpFailure) return explain(t.getCause() == null ? t : t.getCause(), "SMTP", c.smtp());
        }
        return explain(e, "IMAP", c.imap());
    }

    static String explain(Throwable e, String what, MailConfig.Server s) {
        String at = s.host() + ":" + s.port();
        String key = what.startsWith("SMTP") ? "smtp" : "imap";
        if (e instanceof AuthenticationFailedException) {
            return what + " 登录失败：服务器拒绝了用户“" + s.user() + "”的用户名或密码。请核对 " + key + ".user 和密码；"
                    + "许多企业邮箱、政务邮箱要求先在网页邮箱的设置中开启 IMAP/SMTP 服务，并使用“客户端授权码”而不是网页登录密码";
        }
        if (e instanceof FolderNotFoundException f) {
            return "IMAP 文件夹“" + (f.getFolder() == null ? "?" : f.getFolder().getFullName()) + "”不存在：请检查 imap.folder 等配置"
                    + "（中文文件夹名请照服务器上的写法填写）";
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "找不到 " + what + " 服务器“" + s.host() + "”：请检查 " + key + ".host 的拼写和本机的 DNS 设置";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "无法连接 " + what + " 服务器 " + at + "（连接被拒绝或无路由）：端口不对、服务未开启或被防火墙拦截。"
                        + "常用端口：IMAPS 993，IMAP 143，SMTPS 465，SMTP 提交 587";
            }
            if (t instanceof SSLHandshakeException && hasCause(t, CertificateException.class)) {
                return what + " 服务器 " + at + " 的证书不受本机信任：若是单位内网的自签证书，可在配置中加 tls.trust=" + s.host()
                        + "，或把证书导入 Java 的信任库";
            }
            if (t instanceof SSLException) {
                return what + " 的 TLS 设置与服务器不符：" + key + ".tls=" + s.tls() + "，但 " + at
                        + " 不是 SSL 端口（可改为 starttls 或 none，或换成 SSL 端口，如 IMAPS 993、SMTPS 465）";
            }
            if (t instanceof SocketTimeoutException) {
                return s.tls().equals("ssl") ? "连接 " + what + " 服务器 " + at + " 超时：网络不通或被防火墙拦截"
                        : "连接 " + what + " 服务器 " + at + " 超时或连接后没有应答：网络不通，或该端口要求 SSL（可试 " + key + ".tls=ssl）";
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("STARTTLS")) {
            return what + " 服务器 " + at + " 不支持 STARTTLS：请把 " + key + ".tls 改为 ssl（并用 SSL 端口）或 none";
        }
        if (e instanceof MessagingException && m.toLowerCase().contains("auth")) {
            return what + " 登录失败（" + m + "）：请核对 " + key + ".user 和密码（或客户端授权码）";
        }
        return what + " 出错（" + at + "）：" + m;
    }

    private static boolean hasCause(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
