package cn.ziping.gui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.score.Profile;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window remembers folder, profile, 修正计算值 and size; stale values fall back to defaults. */
class SettingsTest {

    final Preferences node = Preferences.userRoot().node("cn/ziping/gui-test-" + ProcessHandle.current().pid());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersBetweenRuns(@TempDir Path dir) {
        Settings s = new Settings(node);
        assertThat(s.profile()).isEqualTo(Profile.NATIONAL);
        assertThat(s.width()).isEqualTo(Settings.DEFAULT_WIDTH);
        s.folder(dir);
        s.profile(Profile.HUBEI);
        s.fix(true);
        s.size(1000, 700);
        Settings again = new Settings(node);
        assertThat(again.folder()).isEqualTo(dir.toAbsolutePath());
        assertThat(again.profile()).isEqualTo(Profile.HUBEI);
        assertThat(again.fix()).isTrue();
        assertThat(again.width()).isEqualTo(1000);
        assertThat(again.height()).isEqualTo(700);
    }

    @Test
    void staleValuesFallBack(@TempDir Path dir) {
        node.put("folder", dir.resolve("removed").toString());
        node.put("profile", "atlantis");
        node.putInt("width", 10);
        Settings s = new Settings(node);
        assertThat(s.folder()).isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(s.profile()).isEqualTo(Profile.NATIONAL);
        assertThat(s.width()).isEqualTo(640);
    }
}
