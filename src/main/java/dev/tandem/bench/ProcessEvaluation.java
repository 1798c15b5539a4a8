package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.align.evaluation.ParallelDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the checks as an operator meets them: each article of a parallel corpus becomes a news
 * page served on 127.0.0.1 and a translation file naming it, and one {@code process} run, in a
 * JVM of its own from the real jar, makes the records. Four inputs per article:
 * <ul>
 *   <li>{@code faithful}: the published translation;
 *   <li>{@code wrong}: the same translation naming the next article's page as its original;
 *   <li>{@code dropped}: one body sentence (drawn at random) left out;
 *   <li>{@code number}: the first number of a body sentence with one added to it.
 * </ul>
 * A dropped sentence counts as found when an {@code OMITTED_*} finding names the source sentence it
 * translated (or the paragraph holding it); a changed number when a {@code NUMBER_MISMATCH} or
 * {@code DATE_MISMATCH} finding names the sentence changed (or its paragraph).
 */
public final class ProcessEvaluation {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code process} made of each kind of input. */
    public record Result(int articles, int faithfulSentences, Map<String, Integer> faithfulStates,
            Map<String, Integer> falseAlarmsByCode, int falseAlarms, Map<String, Integer> wrongStates,
            int dropped, int droppedFound, int changed, int changedFound, int exitStatus) {
        /** Warnings and errors on faithful translations per 100 of their sentences. */
        public double falseAlarmsPer100() {
            return faithfulSentences == 0 ? 0 : 100.0 * falseAlarms / faithfulSentences;
        }
    }

    /** An injected defect: the input's file name and the text that locates it in the record. */
    private record Defect(String file, String locator) {
    }

    private final List<String> launch;
    private final Path work;

    /**
     * @param launch the command line that starts tandem, up to its command: {@code java OPTIONS
     *     -jar tandem.jar} ({@link #jarLaunch}), or a class path and main class where no jar is built
     * @param work a scratch folder, emptied first
     */
    public ProcessEvaluation(List<String> launch, Path work) {
        this.launch = List.copyOf(launch);
        this.work = work;
    }

    /** {@code java OPTIONS -jar JAR}, with this JVM's {@code java}. */
    public static List<String> jarLaunch(Path jar, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return command;
    }

    /** Runs {@code process} over the four inputs of each of {@code docs} ({@code source}→{@code target}). */
    public Result run(List<ParallelDocument> docs, String source, String target, long seed)
            throws IOException, InterruptedException {
        PipelineBenchmark.deleteTree(work);
        Path pages = Files.createDirectories(work.resolve("pages"));
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        Path out = work.resolve("out");
        Random random = new Random(seed);
        List<Defect> dropped = new ArrayList<>();
        List<Defect> changed = new ArrayList<>();
        try (PageServer server = new PageServer(pages)) {
            for (int i = 0; i < docs.size(); i++) {
                ParallelDocument doc = docs.get(i);
                String url = server.baseUrl() + "/tin-tuc/a" + i + ".html";
                String otherUrl = server.baseUrl() + "/tin-tuc/a" + ((i + 1) % docs.size()) + ".html";
                Files.write(pages.resolve("a" + i + ".html"), BenchPairs.page(source, url, doc,
                        BenchPairs.paragraphs(doc.source()), docs.get((i + 1) % docs.size())).getBytes(StandardCharsets.UTF_8));
                List<String> translation = doc.target();
                write(inputs.resolve(String.format("faithful-%03d.txt", i)), translation, target, url);
                write(inputs.resolve(String.format("wrong-%03d.txt", i)), translation, target, otherUrl);
                if (translation.size() >= 3) {
                    int k = 1 + random.nextInt(translation.size() - 1);
                    List<String> without = new ArrayList<>(translation);
                    without.remove(k);
                    String name = String.format("dropped-%03d.txt", i);
                    write(inputs.resolve(name), without, target, url);
                    dropped.add(new Defect(name, doc.source().get(k)));
                }
                for (int k = 1; k < translation.size(); k++) {
                    Matcher m = NUMBER.matcher(translation.get(k));
                    if (m.find() && m.group().length() < 9) {
                        String sentence = translation.get(k);
                        String changedSentence = sentence.substring(0, m.start())
                                + (Long.parseLong(m.group()) + 1) + sentence.substring(m.end());
                        List<String> withChange = new ArrayList<>(translation);
                        withChange.set(k, changedSentence);
                        String name = String.format("number-%03d.txt", i);
                        write(inputs.resolve(name), withChange, target, url);
                        changed.add(new Defect(name, changedSentence));
                        break;
                    }
                }
            }
            int exit = process(inputs, out);
            return score(docs.size(), out, dropped, changed, exit);
        }
    }

    /** A translation file as desks send them: headline, body paragraphs, a labelled Source line. */
    private static void write(Path file, List<String> sentences, String language, String url) throws IOException {
        StringBuilder text = new StringBuilder(sentences.get(0)).append("\n\n");
        for (List<String> paragraph : BenchPairs.paragraphs(sentences)) {
            text.append(String.join(" ", paragraph)).append('\n');
        }
        text.append('\n').append(BenchPairs.sourceLabel(language)).append(' ').append(url).append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int process(Path inputs, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of("process", inputs.toString(),
                "--out", out.toString(), "-Dtandem.snapshot.dir=" + work.resolve("snapshots"),
                                // The local server is the operator's own: no politeness interval, a few requests at once.
                "-Dtandem.fetch.policy=network-first", "-Dtandem.fetch.allow-hosts=127.0.0.1",
                "-Dtandem.fetch.host-interval-ms=0", "-Dtandem.fetch.host-concurrency=4"));
        Process child = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("process.log").toFile()).start();
        return child.waitFor();
    }

    private static Result score(int articles, Path out, List<Defect> dropped, List<Defect> changed, int exit)
            throws IOException {
        Map<String, JsonNode> records = new TreeMap<>();
        try (Stream<Path> files = Files.list(out.resolve("records"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode record = JSON.readTree(file.toFile());
                records.put(record.path("translation").path("file").asText(), record);
            }
        }
        int sentences = 0;
        int falseAlarms = 0;
        Map<String, Integer> faithfulStates = new TreeMap<>();
        Map<String, Integer> wrongStates = new TreeMap<>();
        Map<String, Integer> byCode = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : records.entrySet()) {
            JsonNode record = e.getValue();
            String state = record.path("checks").path("state").asText();
            if (e.getKey().startsWith("wrong-")) {
                wrongStates.merge(state, 1, Integer::sum);
            } else if (e.getKey().startsWith("faithful-")) {
                faithfulStates.merge(state, 1, Integer::sum);
                for (JsonNode paragraph : record.path("translation").path("paragraphs")) {
                    sentences += paragraph.path("sentences").size();
                }
                for (JsonNode finding : record.path("checks").path("findings")) {
                    if (!finding.path("severity").asText().equals("info")) {
                        falseAlarms++;
                        byCode.merge(finding.path("code").asText(), 1, Integer::sum);
                    }
                }
            }
        }
        wrongStates.put("(no record)", articles - wrongStates.values().stream().mapToInt(Integer::intValue).sum());
        faithfulStates.put("(no record)", articles - faithfulStates.values().stream().mapToInt(Integer::intValue).sum());
        int droppedFound = count(records, dropped, "source", "OMITTED_");
        int changedFound = count(records, changed, "target", "NUMBER_MISMATCH", "DATE_MISMATCH");
        return new Result(articles, sentences, faithfulStates, byCode, falseAlarms, wrongStates, dropped.size(),
                droppedFound, changed.size(), changedFound, exit);
    }

    /** How many defects a finding of one of {@code codes} points at, on the {@code side} holding the locator. */
    private static int count(Map<String, JsonNode> records, List<Defect> defects, String side, String... codes) {
        int found = 0;
        for (Defect defect : defects) {
            JsonNode record = records.get(defect.file());
            if (record == null) {
                continue;
            }
            List<String> ids = idsHolding(record.path(side.equals("source") ? "source" : "translation"), defect.locator());
            boolean hit = false;
            for (JsonNode finding : record.path("checks").path("findings")) {
                String code = finding.path("code").asText();
                if (Stream.of(codes).anyMatch(code::startsWith)) {
                    for (JsonNode id : finding.path(side)) {
                        hit |= ids.contains(id.asText());
                    }
                }
            }
            found += hit ? 1 : 0;
        }
        return found;
    }

    /** {@code text} with every run of spaces, no-break ones included, as one space: as records keep it. */
    private static String plain(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The ids of the sentence (and of its paragraph) whose text holds the start of {@code text}. */
    private static List<String> idsHolding(JsonNode side, String text) {
        String whole = plain(text);
        String probe = whole.substring(0, Math.min(24, whole.length()));
        List<String> ids = new ArrayList<>();
        for (JsonNode paragraph : side.path("paragraphs")) {
            for (JsonNode sentence : paragraph.path("sentences")) {
                String s = plain(sentence.path("text").asText());
                if (s.contains(probe) || (s.length() >= 12 && whole.contains(s))) {
                    ids.add(sentence.path("id").asText());
                    ids.add(paragraph.path("id").asText());
                }
            }
        }
        return ids;
    }
}
