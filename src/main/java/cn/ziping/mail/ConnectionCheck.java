package cn.ziping.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ziping mail --test}: connects to both servers, logs in, checks the folders (creating the
 * processed and failed folders when allowed) and says in Chinese what is wrong. It opens no
 * message and changes none.
 */
public final class ConnectionCheck {

    private ConnectionCheck() {
    }

    /** Prints one line per step; true when everything works. */
    public static boolean run(MailConfig c, PrintWriter out) {
        boolean ok = true;
        Mailbox box = new Mailbox(c);
        out.println("IMAP：" + c.imap() + "，SMTP：" + c.smtp() + "，回复发件人：" + c.replyFrom());
        Store store = null;
        try {
            store = box.session().getStore();
            store.connect(c.imap().host(), c.imap().port(), c.imap().user(), c.imap().password());
            out.println("[通过] IMAP 服务器连接并登录成功");
            ok &= folders(c, store, out);
        } catch (MessagingException | RuntimeException e) {
            out.println("[失败] " + Diagnosis.explain(e, "IMAP", c.imap()));
            ok = false;
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (MessagingException ignored) {
                    // already broken
                }
            }
        }
        try (Transport t = box.session().getTransport()) {
            t.connect(c.smtp().host(), c.smtp().port(), c.smtp().user(), c.smtp().password());
            out.println("[通过] SMTP 服务器连接" + (c.smtp().user() == null ? "成功（不登录）" : "并登录成功") + "（未发送任何邮件）");
        } catch (MessagingException | RuntimeException e) {
            out.println("[失败] " + Diagnosis.explain(e, "SMTP", c.smtp()));
            ok = false;
        }
        out.println(ok ? "检查通过：可以用 ziping mail --config … 启动服务。" : "检查未通过：请按上面的提示修改配置后再试。");
        out.flush();
        return ok;
    }

    private static boolean folders(MailConfig c, Store store, PrintWriter out) throws MessagingException {
        boolean ok = true;
        Folder watched = store.getFolder(c.folder());
        if (watched.exists()) {
            out.println("[通过] 监视的文件夹“" + c.folder() + "”存在");
        } else {
            out.println("[失败] 监视的文件夹“" + c.folder() + "”不存在：请检查 imap.folder（现有文件夹：" + names(store) + "）");
            ok = false;
        }
        List<String[]> targets = new ArrayList<>();
        if (c.processedFolder() != null) targets.add(new String[] {"imap.processedFolder", c.processedFolder()});
        if (c.failedFolder() != null) targets.add(new String[] {"imap.failedFolder", c.failedFolder()});
        for (String[] t : targets) {
            Folder f = store.getFolder(t[1]);
            if (f.exists()) {
                out.println("[通过] 文件夹“" + t[1] + "”（" + t[0] + "）存在");
            } else if (c.createFolders()) {
                try {
                    if (!f.create(Folder.HOLDS_MESSAGES)) throw new MessagingException("服务器拒绝");
                    out.println("[通过] 文件夹“" + t[1] + "”（" + t[0] + "）原不存在，已创建");
                } catch (MessagingException e) {
                    out.println("[失败] 文件夹“" + t[1] + "”（" + t[0] + "）不存在，且无法创建（" + e.getMessage() + "）：请在网页邮箱中手工建立");
                    ok = false;
                }
            } else {
                out.println("[失败] 文件夹“" + t[1] + "”（" + t[0] + "）不存在（imap.createFolders=false，未自动创建）");
                ok = false;
            }
        }
        if (c.processedFolder() == null) {
            out.println("[提示] 未设 imap.processedFolder：处理过的邮件只标为已读，留在“" + c.folder() + "”中");
        }
        return ok;
    }

    private static String names(Store store) {
        try {
            List<String> n = new ArrayList<>();
            for (Folder f : store.getDefaultFolder().list("*")) n.add(f.getFullName());
            return String.join("、", n);
        } catch (MessagingException e) {
            return "无法列出";
        }
    }
}
