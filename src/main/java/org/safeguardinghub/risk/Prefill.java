package org.safeguardinghub.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.chronology.ChronologyEntry;

/**
 * What the chronology already evidences for a screening, as the screener may see it: for each
 * indicator with evidence they may read, the band it was last seen in and the entries themselves
 * (each a link to its evidence); and, by agency, how many entries they may not read could be
 * relevant, and whom to ask, never what those entries are.
 */
public record Prefill(Map<String, Found> found, List<Restricted> restricted) {

    public Prefill {
        found = Map.copyOf(found);
        restricted = List.copyOf(restricted);
    }

    /** An indicator the chronology evidences: the band of its latest evidence, and the evidence, newest first. */
    public record Found(String band, List<ChronologyEntry> evidence) {

        public Found {
            evidence = List.copyOf(evidence);
        }
    }

    /** Restricted information from one agency that may be relevant: how many entries, the latest's date, whom to ask. */
    public record Restricted(String agencyCode, String agencyName, String owner, int entries, Instant latest) {
    }
}
