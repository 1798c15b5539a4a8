package dev.tandem.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The published record schema (src/main/resources/schema), read with networknt's validator. */
public final class RecordSchema {
    public static final String RESOURCE = "/schema/record-v4.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private RecordSchema() {
    }

    private static Schema load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema says is wrong with the record, one message per error; empty when valid. */
    public static List<String> errors(JsonNode record) {
        return SCHEMA.validate(record).stream().map(Error::toString).toList();
    }

    /** The errors of the record file at {@code path}. */
    public static List<String> errors(Path path) {
        try {
            return errors(JSON.readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
