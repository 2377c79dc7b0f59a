package cn.ziping.mail;

import cn.ziping.model.Finding;
import cn.ziping.report.Digest;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Chinese text of a reply, as plain text and as HTML with the same content: per checked file
 * 单位, 项目个数, 全年预算数合计, the band counts, the finding counts and the first findings with
 * their cells; per file not checked, why and what to do; for a message without a workbook, how
 * to use the service.
 */
final class ReplyBody {

    /** How many findings per file the mail shows; the 校验结果 sheet of the copy has them all. */
    static final int FIRST_FINDINGS = 10;
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    private ReplyBody() {
    }

    record Body(String text, String html) {
    }

    static Body of(List<Outcome> outcomes, MailConfig config) {
        ReplyBody b = new ReplyBody();
        b.html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:'Microsoft YaHei','PingFang SC',SimSun,sans-serif;font-size:14px\">");
        b.para("您好：");
        List<Outcome> files = outcomes.stream().filter(Outcome::candidate).toList();
        List<String> others = outcomes.stream().filter(o -> !o.candidate()).map(Outcome::name)
                .filter(name -> !name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp)$")).toList();
        long checked = files.stream().filter(Outcome::checked).count();
        if (files.isEmpty()) {
            b.para("您的邮件中没有找到 Excel 工作簿附件（.xlsx、.xlsm 或 .xls，也可以放在 .zip 压缩包中），所以没有可校验的内容。");
            b.usage(config);
        } else if (checked > 0) {
            b.para("ziping 已校验您发来的 " + checked + " 个工作簿，标注后的副本见附件（与原文件同名；您的原文件未作任何修改）。"
                    + "副本中有问题的单元格按严重程度着色（错误为玫红，警告为琥珀色，提示为青绿色）并带有批注，"
                    + "新增的“校验结果”工作表列出全部问题，点击即可跳到对应单元格。");
        } else {
            b.para("您发来的工作簿都未能校验，原因见下；请按说明处理后重新发送。");
        }
        for (int n = 0; n < files.size(); n++) {
            Outcome o = files.get(n);
            String ordinal = n < ORDINALS.length ? ORDINALS[n] : String.valueOf(n + 1);
            if (o.checked()) b.file(ordinal, o);
            else {
                b.heading(ordinal + "、《" + o.name() + "》：未校验");
                b.para("  " + o.why());
            }
        }
        if (!others.isEmpty()) b.para("以下附件不是 Excel 工作簿，未处理：" + String.join("、", others) + "。");
        b.para("如需再次校验，修改后直接回复本邮件并附上工作簿即可。此邮件由 ziping 自动发送。");
        b.html.append("</body></html>");
        return new Body(b.text.toString(), b.html.toString());
    }

    private void file(String ordinal, Outcome o) {
        Digest d = Digest.of(o.evaluation());
        heading(ordinal + "、《" + o.name() + "》");
        String[][] rows = {
            {"单位", d.title()},
            {"项目个数", String.valueOf(d.projects())},
            {"全年预算数合计", d.budgetTotal().setScale(2, RoundingMode.HALF_UP).toPlainString() + " 万元（按各项目计算）"},
            {"自评得分分布", Digest.BAND_LABELS[0] + " " + d.bands()[0] + " 个，" + Digest.BAND_LABELS[1] + " "
                    + d.bands()[1] + " 个，" + Digest.BAND_LABELS[2] + " " + d.bands()[2] + " 个"},
            {"发现问题", "错误 " + d.errors() + " 个，警告 " + d.warnings() + " 个，提示 " + d.infos() + " 个"},
        };
        html.append("<table style=\"border-collapse:collapse\">");
        for (String[] r : rows) {
            text.append("  ").append(r[0]).append("：").append(r[1]).append('\n');
            html.append("<tr><td style=\"padding:2px 12px 2px 0;color:#555\">").append(esc(r[0]))
                    .append("</td><td style=\"padding:2px 0\">").append(esc(r[1])).append("</td></tr>");
        }
        html.append("</table>");
        List<Finding> findings = o.evaluation().findings();
        if (findings.isEmpty()) {
            para("  未发现问题。");
            return;
        }
        int shown = Math.min(FIRST_FINDINGS, findings.size());
        String more = findings.size() > shown ? "（共 " + findings.size() + " 条，其余见副本的“校验结果”工作表）" : "";
        text.append("  主要问题").append(more).append("：\n");
        html.append("<p style=\"margin:8px 0 4px\">主要问题").append(esc(more)).append("：</p><ol style=\"margin-top:0\">");
        for (Finding f : findings.subList(0, shown)) {
            String sev = switch (f.severity()) {
                case ERROR -> "错误";
                case WARNING -> "警告";
                default -> "提示";
            };
            String color = switch (f.severity()) {
                case ERROR -> "#c0392b";
                case WARNING -> "#b9770e";
                default -> "#138d75";
            };
            text.append("    [").append(sev).append("] ").append(f.cell()).append("：").append(f.message())
                    .append(" [").append(f.code()).append("]\n");
            html.append("<li><span style=\"color:").append(color).append("\">[").append(sev).append("]</span> <b>")
                    .append(esc(f.cell().toString())).append("</b>：").append(esc(f.message())).append(" <span style=\"color:#888\">[")
                    .append(esc(f.code())).append("]</span></li>");
        }
        html.append("</ol>");
        text.append('\n');
    }

    private void usage(MailConfig c) {
        para("使用方法：把填好的《预算项目绩效自评表》工作簿作为附件发送到本邮箱，几分钟内您会收到校验并标注后的副本和问题摘要。"
                + "每封邮件最多 " + c.maxAttachments() + " 个工作簿，每个不超过 " + c.maxAttachmentBytes() / (1024 * 1024)
                + " MB；多个文件也可以打包成一个 .zip 发送。");
    }

    private void heading(String s) {
        text.append(s).append('\n');
        html.append("<h3 style=\"font-size:15px;margin:16px 0 6px\">").append(esc(s)).append("</h3>");
    }

    private void para(String s) {
        text.append(s).append("\n\n");
        html.append("<p>").append(esc(s.strip())).append("</p>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
