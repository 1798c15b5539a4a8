package dev.tandem.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlKeyTest {
    private static final String CANONICAL = "https://example.com/a";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/a",
        "http://example.com/a",
        "https://www.example.com/a",
        "http://www.example.com/a#x",
        "https://example.com/a#section-2",
        "https://EXAMPLE.com/a",
        "https://Www.Example.COM/a",
        "https://example.com:443/a",
        "http://example.com:80/a",
        "https://example.com/a?utm_source=y",
        "https://example.com/a?utm_source=facebook&utm_medium=social&utm_campaign=c1",
        "https://example.com/a?UTM_Source=y",
        "https://example.com/a?fbclid=IwAR0abc",
        "https://example.com/a?gclid=Cj0KCQ&msclkid=1",
        "https://example.com/a?zarsrc=30&utm_source=zalo&gidzl=abc",
        "https://example.com/b/../a",
        "https://example.com/./a"})
    void oneOriginalWrittenManyWaysHasOneKey(String url) {
        assertThat(UrlKey.of(url)).isEqualTo(CANONICAL);
    }

    @Test
    void keyOfACanonicalUrlIsTheUrlItself() {
        for (String url : List.of("https://baoquocte.vn/phai-doan-quan-su-nga-tham-trieu-tien-279309.html",
                "https://example.com/a?id=3&page=2", "https://example.com:8443/a", "https://example.com/a/",
                "https://en.wikinews.org/wiki/Argentina%27s_first_lady_launches_presidential_bid",
                "http://127.0.0.1:34897/missing.html".replace("http:", "https:"))) {
            assertThat(UrlKey.of(url)).isEqualTo(url);
        }
    }

    @Test
    void everyFloresOriginalIsAlreadyCanonical() throws IOException {
        Path metadata = Path.of("../shared/data/parallel/flores200/metadata_devtest.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(metadata),
                "FLORES-200 metadata not at " + metadata + "; skipped");
        List<String> urls = Files.readAllLines(metadata).stream().skip(1).map(l -> l.split("\t")[0]).distinct().toList();
        assertThat(urls).hasSizeGreaterThan(200);
        assertThat(urls).allSatisfy(url -> assertThat(UrlKey.of(url)).isEqualTo(url));
    }

    @Test
    void keepsWhatServersTellApart() {
        assertThat(UrlKey.of("https://example.com/A")).isNotEqualTo(UrlKey.of("https://example.com/a"));
        assertThat(UrlKey.of("https://example.com/a/")).isNotEqualTo(UrlKey.of("https://example.com/a"));
        assertThat(UrlKey.of("https://example.com/a?id=1")).isNotEqualTo(UrlKey.of("https://example.com/a?id=2"));
        assertThat(UrlKey.of("https://example.com:8080/a")).isNotEqualTo(UrlKey.of("https://example.com/a"));
        assertThat(UrlKey.of("https://m.example.com/a")).isNotEqualTo(UrlKey.of("https://example.com/a"));
        assertThat(UrlKey.of("https://news.example.com/a")).isNotEqualTo(UrlKey.of("https://example.com/a"));
    }

    @Test
    void keepsOtherParametersInTheirOrder() {
        assertThat(UrlKey.of("https://example.com/a?id=3&utm_source=x&page=2&fbclid=y"))
                .isEqualTo("https://example.com/a?id=3&page=2");
        assertThat(UrlKey.of("https://example.com/a?utm_source=x")).isEqualTo("https://example.com/a");
        assertThat(UrlKey.of("https://example.com/a?")).isEqualTo("https://example.com/a");
    }

    @Test
    void keepsANonDefaultPortAndDropsOnlyTheSchemesOwn() {
        assertThat(UrlKey.of("http://127.0.0.1:34897/x.html")).isEqualTo("https://127.0.0.1:34897/x.html");
        assertThat(UrlKey.of("http://example.com:443/a")).isEqualTo("https://example.com:443/a");
    }

    @Test
    void anInternationalisedHostHasOneKeyInUnicodeAndInPunycode() {
        assertThat(UrlKey.of("https://www.bücher.example/a")).isEqualTo("https://xn--bcher-kva.example/a");
        assertThat(UrlKey.of("https://xn--bcher-kva.example/a")).isEqualTo("https://xn--bcher-kva.example/a");
        assertThat(UrlKey.of("http://BÜCHER.example:80/a")).isEqualTo("https://xn--bcher-kva.example/a");
    }

    @Test
    void writesEscapesOneWay() {
        String escaped = "https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i";
        assertThat(UrlKey.of("https://vi.wikipedia.org/wiki/Hà_Nội")).isEqualTo(escaped);
        assertThat(UrlKey.of("https://vi.wikipedia.org/wiki/H%c3%a0_N%e1%bb%99i")).isEqualTo(escaped);
        assertThat(UrlKey.of("https://example.com/%7Euser/%61")).isEqualTo("https://example.com/~user/a");
        assertThat(UrlKey.of("https://example.com")).isEqualTo("https://example.com/");
    }

    @Test
    void leavesWhatItDoesNotUnderstandAsItIs() {
        assertThat(UrlKey.of("not a url")).isEqualTo("not a url");
        assertThat(UrlKey.of("mailto:desk@example.com")).isEqualTo("mailto:desk@example.com");
        assertThat(UrlKey.of("ftp://example.com/a")).isEqualTo("ftp://example.com/a");
        assertThat(UrlKey.of(URI.create("file:///tmp/a"))).isEqualTo("file:///tmp/a");
    }
}
