package dev.tandem.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.core.RDFDataset;
import com.github.jsonldjava.utils.JsonUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example record read by a JSON-LD processor (jsonld-java): the pair is schema.org linked data. */
class RecordLinkedDataTest {
    private static final String SCHEMA = "https://schema.org/";
    private static final String ORIGINAL = "https://baoquocte.vn/phai-doan-quan-su-nga-tham-trieu-tien-279309.html";
    private static final String TRANSLATION = "urn:tandem:translation:7e70fb3a0a9665b9";

    private static List<String> triples() throws Exception {
        Object json;
        try (InputStream in = Files.newInputStream(RecordExampleTest.EXAMPLE)) {
            json = JsonUtils.fromInputStream(in);
        }
        RDFDataset dataset = (RDFDataset) JsonLdProcessor.toRDF(json, new JsonLdOptions());
        List<String> triples = new ArrayList<>();
        for (RDFDataset.Quad quad : dataset.getQuads("@default")) {
            triples.add(quad.getSubject().getValue() + " " + quad.getPredicate().getValue() + " "
                    + quad.getObject().getValue());
        }
        return triples;
    }

    @Test
    void theTranslationIsATranslationOfTheOriginalAndBackInSchemaOrgTerms() throws Exception {
        List<String> triples = triples();

        assertThat(triples).contains(
                TRANSLATION + " " + SCHEMA + "translationOfWork " + ORIGINAL,
                ORIGINAL + " " + SCHEMA + "workTranslation " + TRANSLATION,
                ORIGINAL + " http://www.w3.org/1999/02/22-rdf-syntax-ns#type " + SCHEMA + "NewsArticle",
                TRANSLATION + " http://www.w3.org/1999/02/22-rdf-syntax-ns#type " + SCHEMA + "NewsArticle",
                ORIGINAL + " " + SCHEMA + "inLanguage vi",
                TRANSLATION + " " + SCHEMA + "inLanguage fr",
                ORIGINAL + " " + SCHEMA + "datePublished 2024-07-19T08:15:00+07:00");
    }

    @Test
    void everyOtherFieldIsReadInTandemsVocabulary() throws Exception {
        assertThat(triples()).anyMatch(t -> t.contains(RecordContext.VOCABULARY + "recordVersion"))
                .anyMatch(t -> t.contains(RecordContext.VOCABULARY + "review"));
    }
}
