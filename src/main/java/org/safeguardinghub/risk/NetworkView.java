package org.safeguardinghub.risk;

import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * The network view of an area, as one viewer may see it: victim, offender, location and themes
 * (the "Victim Location Offender Triangle" of seeds 002), the most shared contexts first. A context
 * the viewer may not read is shown as one of its kind, with whom to ask; a child they may not open
 * is only counted.
 *
 * @param first the place of the first context shown among those the viewer sees, from 1 (how many they see in
 *              all is not said: knowing it would mean deciding access to every child of the area, ADR 0035)
 */
public record NetworkView(String area, List<String> areas, ContextKind kind, int page, boolean hasNext, int first,
                          List<ContextNode> contexts, List<ChildNode> children) {

    public NetworkView {
        areas = List.copyOf(areas);
        contexts = List.copyOf(contexts);
        children = List.copyOf(children);
    }

    /**
     * A context: its name only if the viewer reads it ({@code label} null otherwise), whom to ask,
     * the children drawn linked to it, how many more the viewer may open (and why they are not
     * drawn) and how many others are linked whose records the viewer may not open.
     */
    public record ContextNode(UUID id, ContextKind kind, String label, String ask, List<ChildId> children, int more,
                              List<Reason> why, int othersLinked) {

        public ContextNode {
            children = List.copyOf(children);
            why = List.copyOf(why);
        }

        public boolean readable() {
            return label != null;
        }
    }

    /** A child shown: name, the level in force and the themes of their latest screening where the viewer reads them. */
    public record ChildNode(ChildId id, String name, RiskLevel level, List<String> themes) {

        public ChildNode {
            themes = List.copyOf(themes);
        }
    }

    /** The place of the last context shown, from 1 ({@code first - 1} if none). */
    public int last() {
        return first + contexts.size() - 1;
    }

    /** Every theme of the children shown, in the order first met. */
    public List<String> themes() {
        return children.stream().flatMap(c -> c.themes().stream()).distinct().toList();
    }
}
