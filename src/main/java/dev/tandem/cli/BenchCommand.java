package dev.tandem.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tandem.bench.PipelineBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--pairs N] [--source snapshot|http]}: the whole pipeline's throughput, latency,
 * start time, memory and CPU, against the bare loop (see {@link PipelineBenchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the service over N generated pairs and reports pairs/s, latency, start time, memory and CPU.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:measured, or skipped because the data is absent", "1:the run failed", "2:usage error"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", paramLabel = "N", description = "Pairs in the batch (default: ${DEFAULT-VALUE}).")
    int pairs = 1000;

    @Option(names = "--source", paramLabel = "FROM",
            description = "Where originals come from: snapshot (the store, filled beforehand) or http (a server on 127.0.0.1); default ${DEFAULT-VALUE}.")
    PipelineBenchmark.Source source = PipelineBenchmark.Source.SNAPSHOT;

    @Option(names = "--drops", paramLabel = "K", description = "Files then dropped into the inbox one at a time (default: ${DEFAULT-VALUE}).")
    int drops = 5;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding ntrex128/ (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data/parallel");

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target/bench");

    @Option(names = "--jar", paramLabel = "FILE", description = "The tandem jar the service runs from (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("target/tandem.jar");

    @Option(names = "--routes", paramLabel = "DIR", description = "Route folder (default: ${DEFAULT-VALUE}).")
    Path routes = Path.of("routes");

    /**
     * How README says to run the service on a batch machine (see Benchmarks): the language models
     * take about 200 MB and the word tables of the bench's ten language pairs 110 MB, and under
     * 448 MB the collector spent 60% of the time in full collections.
     */
    static final List<String> RECOMMENDED_JVM = List.of("-Xmx640m", "-XX:+UseParallelGC");

    @Option(names = "--jvm", paramLabel = "OPTION",
            description = "An option for the JVMs of the service and the bare loop, such as -Xmx512m; repeatable. "
                    + "Replaces the default: -Xmx640m -XX:+UseParallelGC, as README says to run the service.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A configuration key for the service and the bare loop alike, such as tandem.language.low-accuracy=true; repeatable.")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print the result as one JSON object too.")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data.resolve("ntrex128"))) {
            out.println("bench: skipped, no NTREX-128 under " + data.toAbsolutePath().normalize()
                    + " (third-party data, read in place)");
            return 0;
        }
        if (!Files.isRegularFile(jar)) {
            err.println("tandem: no jar at " + jar + " (run mvn package first)");
            return 2;
        }
        if (pairs < 1 || drops < 0) {
            err.println("tandem: --pairs must be at least 1 and --drops at least 0");
            return 2;
        }
        List<String> jvm = jvmOptions.isEmpty() ? RECOMMENDED_JVM : jvmOptions;
        PipelineBenchmark.Result r;
        try {
            r = PipelineBenchmark.run(new PipelineBenchmark.Settings(data, work, jar, routes, pairs, source, drops,
                    jvm, config), err);
        } catch (IOException e) {
            err.println("tandem: bench failed: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "source %s, %d pairs (%d records, %d failed), JVM options %s, settings %s%n",
                r.source(), r.pairs(), r.records(), r.failed(), String.join(" ", jvm),
                config.isEmpty() ? "default" : config);
        out.printf(Locale.ROOT, "  start to ready      %6d ms%n", r.readyMs());
        out.printf(Locale.ROOT, "  start to a record   %6d ms, for a file waiting in the inbox at start%n",
                r.firstRecordMs());
        out.printf(Locale.ROOT, "  batch               %6d ms, %.1f pairs/s%n", r.batchMs(), r.pairsPerSecond());
        out.printf(Locale.ROOT, "  per pair            median %d ms, p99 %d ms%n", r.medianMs(), r.p99Ms());
        out.printf(Locale.ROOT, "  CPU per pair        %.4f s%n", r.cpuSecondsPerPair());
        out.printf(Locale.ROOT, "  peak RSS            %6d MB%n", r.peakRssKb() / 1024);
        out.printf(Locale.ROOT, "  inbox drop->record  %s ms%n", r.dropMs());
        out.printf(Locale.ROOT, "  bare loop           %.1f pairs/s over %d pairs (same threads); pipeline at %.0f%% of it%n",
                r.barePairsPerSecond(), r.barePairs(), 100 * r.shareOfBareLoop());
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
        }
        out.flush();
        return 0;
    }
}
