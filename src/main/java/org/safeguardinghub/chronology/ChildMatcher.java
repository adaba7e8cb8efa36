package org.safeguardinghub.chronology;

import java.util.List;
import java.util.Map;

/**
 * Judges which known children may be the person searched for, with the reasons, so a search
 * finds "Kayleigh Smyth" for "Kaleigh Smith" (the identity module's matcher; without one, a
 * search finds only what it names exactly).
 */
public interface ChildMatcher {

    /**
     * A child who may be the person sought: how strongly, the outcome in the feed contract's words
     * ({@code LINKED} for likely, {@code NEEDS_REVIEW} for possible), and why (for people to read).
     */
    record Likeness(ChildId child, double weight, Match match, List<String> reasons) {

        public Likeness {
            reasons = List.copyOf(reasons);
        }

        public boolean likely() {
            return match == Match.LINKED;
        }
    }

    /** The candidates who may be the person sought, strongest first; those who plainly are not are left out. */
    List<Likeness> rank(Subject sought, Map<ChildId, Subject> candidates);
}
