package dev.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The body's elements that later steps ask about, picked out in one pass before cleaning: each
 * element's class and id are read once for all of them.
 *
 * @param leadHinted elements named like a lead, in document order
 * @param boilerplate elements named like boilerplate, in document order
 * @param bylineHinted elements named like a byline, in document order
 * @param captionLike whether any element may be a caption ({@link ParagraphCollector#mayBeCaption})
 */
record ElementScan(List<Element> leadHinted, List<Element> boilerplate, List<Element> bylineHinted,
        boolean captionLike) {
    /** Scans {@code body} and every element below it. */
    static ElementScan of(Element body) {
        Builder builder = new Builder();
        for (Element element : DocumentOrder.elements(body)) {
            builder.add(element);
        }
        return builder.build();
    }

    /** Gathers a scan element by element, for a pass that walks the page for other reasons too. */
    static final class Builder {
        private final List<Element> leadHinted = new ArrayList<>();
        private final List<Element> boilerplate = new ArrayList<>();
        private final List<Element> bylineHinted = new ArrayList<>();
        private boolean captionLike;

        /** Adds the next element in document order. */
        void add(Element element) {
            long hints = ClassIdPattern.hintsOf(element);
            if (LeadFinder.isHinted(hints)) {
                leadHinted.add(element);
            }
            if (BoilerplateRemover.isBoilerplate(element, hints)) {
                boilerplate.add(element);
            }
            if (PageMetadataReader.isBylineHinted(hints)) {
                bylineHinted.add(element);
            }
            captionLike = captionLike || ParagraphCollector.mayBeCaption(element, hints);
        }

        ElementScan build() {
            return new ElementScan(List.copyOf(leadHinted), List.copyOf(boilerplate), List.copyOf(bylineHinted),
                    captionLike);
        }
    }
}
