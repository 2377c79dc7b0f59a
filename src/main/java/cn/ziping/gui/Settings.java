package cn.ziping.gui;

import cn.ziping.score.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs ({@code java.util.prefs}): the last folder, the profile,
 * the window size and the 修正计算值 choice. Values that no longer make sense (a folder that was
 * removed, a profile that was renamed) fall back to the defaults.
 */
final class Settings {

    static final int DEFAULT_WIDTH = 1180;
    static final int DEFAULT_HEIGHT = 720;

    private final Preferences node;

    Settings(Preferences node) {
        this.node = node;
    }

    /** The user's settings node of ziping's window. */
    static Settings user() {
        return new Settings(Preferences.userRoot().node("cn/ziping/gui"));
    }

    /** Reads the stored values now (the first read parses the preferences file). */
    Settings loaded() {
        node.get("profile", null);
        return this;
    }

    Path folder() {
        String f = node.get("folder", null);
        Path p = f == null ? null : Path.of(f);
        return p != null && Files.isDirectory(p) ? p : Path.of(System.getProperty("user.home"));
    }

    void folder(Path dir) {
        if (dir != null) node.put("folder", dir.toAbsolutePath().toString());
    }

    Profile profile() {
        return Profile.byName(node.get("profile", Profile.NATIONAL.name())).orElse(Profile.NATIONAL);
    }

    void profile(Profile p) {
        node.put("profile", p.name());
    }

    boolean fix() {
        return node.getBoolean("fix", false);
    }

    void fix(boolean fix) {
        node.putBoolean("fix", fix);
    }

    int width() {
        return Math.max(640, node.getInt("width", DEFAULT_WIDTH));
    }

    int height() {
        return Math.max(420, node.getInt("height", DEFAULT_HEIGHT));
    }

    void size(int width, int height) {
        node.putInt("width", width);
        node.putInt("height", height);
    }
}
