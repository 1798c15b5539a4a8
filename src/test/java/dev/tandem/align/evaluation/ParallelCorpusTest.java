package dev.tandem.align.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelCorpusTest {
    @TempDir
    Path data;

    @Test
    void groupsNtrexLinesIntoDocumentsByTheirIds() throws IOException {
        write("ntrex128/DOCUMENT_IDS.tsv", "bbc.1\r\nbbc.1\r\nrt.2\r\n");
        write("ntrex128/NTREX-128/newstest2019-ref.vie.txt", "\ufeffTiêu đề\r\nCâu một.\r\nTin khác.\r\n");
        write("ntrex128/NTREX-128/newstest2019-ref.fra.txt", "Titre\r\nPhrase une.\r\nAutre nouvelle.\r\n");

        List<ParallelDocument> documents = ParallelCorpus.ntrex(data, "vi", "fr");

        assertThat(documents).containsExactly(
                new ParallelDocument("bbc.1", List.of("Tiêu đề", "Câu một."), List.of("Titre", "Phrase une.")),
                new ParallelDocument("rt.2", List.of("Tin khác."), List.of("Autre nouvelle.")));
    }

    @Test
    void groupsFloresLinesByArticleAddress() throws IOException {
        write("flores200/metadata_devtest.tsv", "URL\tdomain\nhttps://a\twikinews\nhttps://a\twikinews\nhttps://b\twikivoyage\n");
        write("flores200/devtest/zho_Hans.devtest", "一。\n二。\n三。\n");
        write("flores200/devtest/fra_Latn.devtest", "Un.\nDeux.\nTrois.\n");

        List<ParallelDocument> documents = ParallelCorpus.flores(data, "zh", "fr");

        assertThat(documents).extracting(ParallelDocument::id).containsExactly("https://a", "https://b");
        assertThat(documents.get(0).target()).containsExactly("Un.", "Deux.");
    }

    @Test
    void refusesFilesOfDifferentLengths() throws IOException {
        write("ntrex128/DOCUMENT_IDS.tsv", "bbc.1\nbbc.1\n");
        write("ntrex128/NTREX-128/newstest2019-ref.vie.txt", "Một.\nHai.\n");
        write("ntrex128/NTREX-128/newstest2019-ref.fra.txt", "Un.\n");

        assertThatThrownBy(() -> ParallelCorpus.ntrex(data, "vi", "fr")).hasMessageContaining("differ in length");
    }

    private void write(String name, String text) throws IOException {
        Path file = data.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
