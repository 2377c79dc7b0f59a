package cn.ziping.cli;

import cn.ziping.app.ErrorLog;

/** What the user sees of a bug: one apology, and the detail in a log file ({@link ErrorLog}, shared with the window). */
final class Internal {

    private Internal() {
    }

    static String apologise(Throwable ex) {
        if (ErrorLog.record(ex)) {
            return "抱歉，ziping 内部出错（程序缺陷），处理未完成。详细信息已记录在 " + ErrorLog.path() + "，请把该文件发给我们。";
        }
        return "抱歉，ziping 内部出错（程序缺陷），处理未完成：" + ex;
    }
}
