package dev.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One pass over the body's elements before cleaning, picking out those whose tag, class or id later
 * steps ask about: each element's class and id are read once for all of them.
 *
 * @param leadHinted elements named like a lead, in document order
 * @param boilerplate elements named like boilerplate, in document order
 * @param captionLike whether any element may be a caption ({@link ParagraphCollector#mayBeCaption})
 */
record ElementScan(List<Element> leadHinted, List<Element> boilerplate, boolean captionLike) {
    static ElementScan of(Element body) {
        List<Element> leadHinted = new ArrayList<>();
        List<Element> boilerplate = new ArrayList<>();
        boolean captionLike = false;
        for (Element element : DocumentOrder.elements(body)) {
            long hints = ClassIdPattern.hintsOf(element);
            if (LeadFinder.isHinted(hints)) {
                leadHinted.add(element);
            }
            if (BoilerplateRemover.isBoilerplate(element, hints)) {
                boilerplate.add(element);
            }
            captionLike = captionLike || ParagraphCollector.mayBeCaption(element, hints);
        }
        return new ElementScan(leadHinted, boilerplate, captionLike);
    }
}
