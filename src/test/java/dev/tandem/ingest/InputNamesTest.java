package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputNamesTest {
    @Test
    void takesTranslationsInAnyFolder() {
        assertThat(InputNames.isInput(Path.of("article.txt"))).isTrue();
        assertThat(InputNames.isInput(Path.of("es/article.html"))).isTrue();
        assertThat(InputNames.isInput(Path.of("desk/en/job.json"))).isTrue();
        assertThat(InputNames.isInput(Path.of("no-extension"))).isTrue();
    }

    @Test
    void leavesOutHiddenFilesAndFilesInHiddenFolders() {
        assertThat(InputNames.whyNotInput(Path.of(".DS_Store"))).contains(InputNames.HIDDEN);
        assertThat(InputNames.whyNotInput(Path.of(".done/article.txt"))).contains(InputNames.HIDDEN);
        assertThat(InputNames.whyNotInput(Path.of("en/.git/config"))).contains(InputNames.HIDDEN);
        assertThat(InputNames.whyNotInput(Path.of(".#article.txt"))).contains(InputNames.HIDDEN);
    }

    @Test
    void leavesOutPartialDownloadsWhateverTheCase() {
        for (String name : new String[] {"a.txt.part", "a.txt.PART", "a.partial", "a.tmp", "a.html.crdownload",
                "a.txt.download"}) {
            assertThat(InputNames.whyNotInput(Path.of("en", name))).as(name).contains("a partial download");
        }
    }

    @Test
    void leavesOutEditorFiles() {
        for (String name : new String[] {"article.txt~", "~$article.docx", "~lock.txt", "#article.txt#",
                "article.txt.swp", "article.txt.swo"}) {
            assertThat(InputNames.whyNotInput(Path.of(name))).as(name).contains("an editor's file");
        }
    }

    @Test
    void leavesOutSidecarsAndLockMarkers() {
        assertThat(InputNames.isInput(Path.of("bad.txt.error.json"))).isFalse();
        assertThat(InputNames.isInput(Path.of("es/article.txt.camelLock"))).isFalse();
    }

    @Test
    void keepsNamesThatOnlyLookAlike() {
        assertThat(InputNames.isInput(Path.of("partido.txt"))).isTrue();
        assertThat(InputNames.isInput(Path.of("report-tmp.txt"))).isTrue();
        assertThat(InputNames.isInput(Path.of("#hashtag.txt"))).isTrue();
        assertThat(InputNames.isInput(Path.of("error.json"))).isTrue();
    }

    @Test
    void walksEveryFolderButHiddenOnes() {
        assertThat(InputNames.isWalked("es")).isTrue();
        assertThat(InputNames.isWalked(".done")).isFalse();
        assertThat(InputNames.isWalked(".error")).isFalse();
    }
}
