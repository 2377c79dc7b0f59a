package cn.ziping.mail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The service's settings: a properties file whose keys are fixed (so operators' files keep
 * working), each overridable by an environment variable {@code ZIPING_} + the key in upper case
 * with {@code .} as {@code _}. A password comes only from the environment, from a
 * {@code *.passwordFile} that only its owner can read, or from the properties file itself when
 * that file is readable by its owner alone: a password readable by others is refused.
 */
public record MailConfig(Server imap, Server smtp, String folder, String processedFolder, String failedFolder,
                         String replyFrom, int pollSeconds, boolean idle, List<String> allowSenders,
                         long maxAttachmentBytes, int maxAttachments, String profile, Path stateFile,
                         int maxTries, int retrySeconds, int timeLimitSeconds, boolean createFolders) {

    /** One server: where, who, how. {@code tls} is {@code none}, {@code starttls} or {@code ssl}. */
    public record Server(String host, int port, String user, String password, String tls, String trust) {

        /** Never the password: this is what logs and messages may show. */
        @Override
        public String toString() {
            return (user == null ? "（不登录）" : user + "@") + host + ":" + port + " (" + tls + ")";
        }
    }

    /** A setting that is missing or wrong, with its Chinese explanation. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }

    public static MailConfig load(Path file) throws ConfigException {
        return load(file, System.getenv());
    }

    /** Reads {@code file}, with {@code env} overriding its keys. */
    public static MailConfig load(Path file, Map<String, String> env) throws ConfigException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件“" + file + "”：" + e.getMessage());
        }
        Values v = new Values(file, p, env);
        Server imap = server(v);
        String smtpTls = v.tls("smtp.tls");
        int smtpPort = v.integer("smtp.port", switch (smtpTls) {
            case "ssl" -> 465;
            case "starttls" -> 587;
            default -> 25;
        });
        // Most organisations' mail uses one account for both; a relay on loopback may need no login at all.
        boolean auth = Boolean.parseBoolean(v.get("smtp.auth", "true"));
        String smtpUser = auth ? v.get("smtp.user", imap.user()) : null;
        String smtpPassword = !auth ? null : v.password("smtp", smtpUser.equals(imap.user()) ? imap.password() : null);
        Server smtp = new Server(v.required("smtp.host"), smtpPort, smtpUser, smtpPassword, smtpTls, v.get("tls.trust", null));
        String from = v.get("reply.from", imap.user());
        if (from == null || !from.contains("@")) {
            throw new ConfigException("请在配置中填写 reply.from（回复邮件的发件地址，例如 ziping@czj.example.gov.cn）");
        }
        List<String> allow = new ArrayList<>();
        for (String s : v.get("allow.senders", "").split("[,;，；\\s]+")) {
            if (!s.isBlank()) allow.add(s.trim().toLowerCase(Locale.ROOT));
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path state = Path.of(v.get("state.file", file.toAbsolutePath().resolveSibling(name + ".answered").toString()));
        return new MailConfig(imap, smtp, v.get("imap.folder", "INBOX"), v.get("imap.processedFolder", null),
                v.get("imap.failedFolder", null), from, v.integer("poll.seconds", 60),
                Boolean.parseBoolean(v.get("poll.idle", "true")), List.copyOf(allow),
                v.integer("max.attachment.mb", 20) * 1024L * 1024L, v.integer("max.attachments", 10),
                v.get("profile", "national"), state, v.integer("max.tries", 3), v.integer("retry.seconds", 5),
                v.integer("time.limit.seconds", Integer.getInteger("ziping.timeLimitSeconds", 120)),
                Boolean.parseBoolean(v.get("imap.createFolders", "true")));
    }

    private static Server server(Values v) throws ConfigException {
        String tls = v.tls("imap.tls");
        int port = v.integer("imap.port", tls.equals("ssl") ? 993 : 143);
        String host = v.required("imap.host");
        return new Server(host, port, v.required("imap.user"), v.password("imap", null), tls, v.get("tls.trust", null));
    }

    /** Whether {@code address} may use the service (an empty allow-list lets everyone). */
    public boolean allowed(String address) {
        if (allowSenders.isEmpty()) return true;
        String a = address == null ? "" : address.toLowerCase(Locale.ROOT).trim();
        for (String s : allowSenders) {
            if (s.startsWith("@") ? a.endsWith(s) : a.equals(s)) return true;
        }
        return false;
    }

    /** Keys as read from the file and the environment. */
    private record Values(Path file, Properties props, Map<String, String> env) {

        String get(String key, String def) {
            String e = env.get("ZIPING_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (e != null && !e.isBlank()) return e.trim();
            String p = props.getProperty(key);
            return p == null || p.isBlank() ? def : p.trim();
        }

        String required(String key) throws ConfigException {
            String s = get(key, null);
            if (s == null) throw new ConfigException("配置缺少 " + key + "（可写在配置文件中，或用环境变量 ZIPING_"
                    + key.toUpperCase(Locale.ROOT).replace('.', '_') + " 提供）");
            return s;
        }

        int integer(String key, int def) throws ConfigException {
            String s = get(key, null);
            if (s == null) return def;
            try {
                int n = Integer.parseInt(s);
                if (n < 0) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException("配置项 " + key + " 应为非负整数，现为“" + s + "”");
            }
        }

        String tls(String key) throws ConfigException {
            String s = get(key, "ssl").toLowerCase(Locale.ROOT);
            if (!Set.of("none", "starttls", "ssl").contains(s)) {
                throw new ConfigException("配置项 " + key + " 只能是 none、starttls 或 ssl，现为“" + s + "”");
            }
            return s;
        }

        /**
         * {@code prefix.password}: from the environment; else from {@code prefix.passwordFile}; else
         * from the properties file. Files must be readable by their owner only.
         */
        String password(String prefix, String fallback) throws ConfigException {
            String envKey = "ZIPING_" + prefix.toUpperCase(Locale.ROOT) + "_PASSWORD";
            String e = env.get(envKey);
            if (e != null && !e.isEmpty()) return e;
            String pf = get(prefix + ".passwordFile", null);
            if (pf != null) {
                Path f = file.toAbsolutePath().resolveSibling(pf);
                ownerOnly(f, prefix + ".passwordFile");
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).strip();
                } catch (IOException ex) {
                    throw new ConfigException("无法读取密码文件“" + f + "”：" + ex.getMessage());
                }
            }
            String p = props.getProperty(prefix + ".password");
            if (p != null && !p.isEmpty()) {
                ownerOnly(file, prefix + ".password");
                return p;
            }
            if (fallback != null) return fallback;
            throw new ConfigException("没有 " + prefix + " 的密码：请设置环境变量 " + envKey
                    + "，或在配置中用 " + prefix + ".passwordFile 指向只有本用户可读的密码文件（chmod 600）");
        }

        private static void ownerOnly(Path f, String key) throws ConfigException {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
                for (PosixFilePermission bad : List.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE)) {
                    if (perms.contains(bad)) {
                        throw new ConfigException("“" + f + "”含有密码（" + key + "），但同组或其他用户也能读取，为防泄露拒绝使用："
                                + "请执行 chmod 600 " + f + "，或改用环境变量提供密码");
                    }
                }
            } catch (UnsupportedOperationException | IOException e) {
                throw new ConfigException("无法确认“" + f + "”只有本用户可读（" + e.getMessage() + "）：请改用环境变量提供密码");
            }
        }
    }
}
