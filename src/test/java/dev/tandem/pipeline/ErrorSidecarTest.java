package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorSidecarTest {
    @TempDir
    Path dir;

    @Test
    void reportsOutOfMemoryThatCamelWrapped() throws Exception {
        Path input = Files.writeString(dir.resolve("long.txt"), "text");
        Throwable wrapped = new CamelExecutionException("Exception occurred during execution", null,
                new OutOfMemoryError("Java heap space"));

        Path sidecar = new ErrorSidecar(Clock.systemUTC()).write(dir.resolve(".error"), input, "long.txt", wrapped);

        JsonNode report = new ObjectMapper().readTree(sidecar.toFile());
        assertThat(report.get("stage").asText()).isEqualTo("internal");
        assertThat(report.get("error").asText()).startsWith("out of memory: the input needed more than the ")
                .contains(ErrorSidecar.maxHeapMiB() + " MiB heap");
        assertThat(report.get("cause").asText()).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
        assertThat(OutcomeLine.failed("long.txt", wrapped, sidecar)).startsWith("ERROR  long.txt at internal: out of memory");
    }

    @Test
    void reportsTheStageExceptionInsideAWrapper() {
        Throwable wrapped = new CamelExecutionException("Exception occurred during execution", null,
                new StageException(Stage.ALIGN, "too many sentences", Map.of(), null));
        assertThat(ErrorSidecar.stageOf(wrapped)).isEqualTo("align");
        assertThat(ErrorSidecar.messageOf(wrapped)).isEqualTo("too many sentences");
    }

    @Test
    void anyOtherWrapperIsReportedAsItIs() {
        Throwable other = new IllegalStateException("broken", new IllegalArgumentException("inner"));
        assertThat(ErrorSidecar.stageOf(other)).isEqualTo("internal");
        assertThat(ErrorSidecar.messageOf(other)).isEqualTo("unexpected IllegalStateException: broken");
    }
}
