package dev.tandem.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * The JSON form of everything tandem writes: UTF-8 without {@code \\u} escapes, every string in
 * Unicode NFC (so that the same text always has the same bytes), map keys sorted and record
 * fields in declaration order, so that equal content gives equal files.
 */
public final class RecordJson {
    private static final ObjectMapper PRETTY = configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = configure(new ObjectMapper());

    private RecordJson() {
    }

    /** Indented, for records and sidecars that people read. */
    public static ObjectMapper pretty() {
        return PRETTY;
    }

    /** One line per value, for JSON Lines. */
    public static ObjectMapper compact() {
        return COMPACT;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule nfc = new SimpleModule("nfc-strings");
        nfc.addSerializer(String.class, new NfcStringSerializer());
        return mapper.registerModule(nfc)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    private static final class NfcStringSerializer extends StdSerializer<String> {
        NfcStringSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Normalizer.normalize(value, Normalizer.Form.NFC));
        }
    }
}
