package org.safeguardinghub.risk.internal;

import java.util.List;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.Reason;

/**
 * How many of a context's children the network view draws. A context shared by hundreds of children
 * made a page of megabytes whose graph nobody could read (docs/performance.md, issue 17), so the
 * view draws at most {@code perContext} of the children the viewer may open and says how many more
 * there are; the context's own page lists them all. The children drawn are the first of the list as
 * given (the caller puts those who link the contexts shown together first). Plain Java.
 */
public final class NetworkDrawingPolicy {

    /** The children drawn, how many more the viewer may open, and why they are not drawn (none if all are). */
    public record Drawn(List<ChildId> drawn, int more, Optional<Reason> reason) {

        public Drawn {
            drawn = List.copyOf(drawn);
        }
    }

    private NetworkDrawingPolicy() {
    }

    /** @param openable the context's children the viewer may open, in the order to draw them */
    public static Drawn draw(List<ChildId> openable, int perContext) {
        if (perContext < 1) {
            throw new IllegalArgumentException("at least one child is drawn per context");
        }
        if (openable.size() <= perContext) {
            return new Drawn(openable, 0, Optional.empty());
        }
        int more = openable.size() - perContext;
        return new Drawn(openable.subList(0, perContext), more, Optional.of(Reason.of("risk.network.more", more, perContext)));
    }
}
