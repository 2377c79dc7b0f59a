package cn.ziping.gui;

import cn.ziping.app.ErrorLog;

/** What the user sees of a bug: one Chinese sentence naming the log, never a stack trace. */
final class Apology {

    private Apology() {
    }

    static String sentence(Throwable bug) {
        if (ErrorLog.record(bug)) {
            return "抱歉，ziping 内部出错（程序缺陷），这个文件未能处理完。详细信息已记录在 " + ErrorLog.path() + "，请把该文件发给我们。";
        }
        return "抱歉，ziping 内部出错（程序缺陷），这个文件未能处理完（" + bug.getClass().getSimpleName() + "）。";
    }
}
