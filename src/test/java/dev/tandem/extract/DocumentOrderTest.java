package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {
    @Test
    void listsElementsAsJsoupDoes() {
        Document doc = Jsoup.parse("<header><h1>Tiêu đề</h1></header><div id='a'>Chữ <b>đậm</b><p>Một</p>"
                + "<ul><li>Hai</li><li><a href='/x'>Ba</a></li></ul></div><footer></footer>");

        assertThat(list(doc)).containsExactlyElementsOf(doc.getAllElements());
        Element div = doc.getElementById("a");
        assertThat(list(div)).containsExactlyElementsOf(div.getAllElements());
    }

    @Test
    void walksDeeplyNestedPagesWithoutRecursion() {
        Document doc = Jsoup.parse("<div>".repeat(5000) + "chữ" + "</div>".repeat(5000));

        assertThat(list(doc)).containsExactlyElementsOf(doc.getAllElements());
    }

    private static List<Element> list(Element root) {
        List<Element> all = new ArrayList<>();
        DocumentOrder.elements(root).forEach(all::add);
        return all;
    }
}
