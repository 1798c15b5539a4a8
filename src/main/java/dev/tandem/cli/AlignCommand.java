package dev.tandem.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.align.Bead;
import dev.tandem.align.SentenceAligner;
import dev.tandem.language.LanguageIdentifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code align --source-lang vi --target-lang fr SRC TGT}: aligns two UTF-8 files of one sentence
 * per line (an empty line marks a paragraph break and is not a sentence) and prints one JSON line
 * per bead, in order: {@code {"source":[i,...],"target":[j,...],"score":0.93}}, with 0-based
 * sentence indexes; every sentence is in exactly one bead. Benchmarks drive this interface.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Aligns the sentences of an original and its translation and prints the beads as JSON Lines.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:aligned", "1:a file could not be read",
            "2:usage error, such as a language code tandem does not know"})
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source-lang", required = true, paramLabel = "CODE", description = "ISO 639-1 code of SRC.")
    String sourceLanguage;

    @Option(names = "--target-lang", required = true, paramLabel = "CODE", description = "ISO 639-1 code of TGT.")
    String targetLanguage;

    @Parameters(index = "0", paramLabel = "SRC", description = "The original, one sentence per line.")
    Path source;

    @Parameters(index = "1", paramLabel = "TGT", description = "The translation, one sentence per line.")
    Path target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!known("--source-lang", sourceLanguage, err) || !known("--target-lang", targetLanguage, err)) {
            return 2;
        }
        List<String> sourceSentences;
        List<String> targetSentences;
        try {
            sourceSentences = sentences(source);
            targetSentences = sentences(target);
        } catch (NoSuchFileException e) {
            err.println("tandem: no such file: " + e.getFile());
            return 1;
        } catch (CharacterCodingException e) {
            err.println("tandem: not UTF-8 text: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("tandem: cannot read the input: " + e.getMessage());
            return 1;
        }
        List<Bead> beads = new SentenceAligner(sourceLanguage, targetLanguage).align(sourceSentences, targetSentences);
        JsonFactory json = new JsonFactory();
        for (Bead bead : beads) {
            out.println(line(json, bead));
        }
        out.flush();
        return 0;
    }

    /** Whether {@code code} names a language tandem knows; says so on {@code err} when not. */
    private static boolean known(String option, String code, PrintWriter err) {
        if (LanguageIdentifier.knows(code)) {
            return true;
        }
        err.println("tandem: " + option + " '" + code
                + "' is not the ISO 639-1 code of a language tandem knows (such as vi, fr, en)");
        return false;
    }

    /** The file's sentences: its non-empty lines, without a byte-order mark. */
    private static List<String> sentences(Path file) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String sentence = line.replace("\ufeff", "").strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static String line(JsonFactory factory, Bead bead) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(line)) {
            json.writeStartObject();
            json.writeArrayFieldStart("source");
            for (int i : bead.source()) {
                json.writeNumber(i);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("target");
            for (int j : bead.target()) {
                json.writeNumber(j);
            }
            json.writeEndArray();
            json.writeNumberField("score", bead.score());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a bead", e);
        }
        return line.toString();
    }
}
