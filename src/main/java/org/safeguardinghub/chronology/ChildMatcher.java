package org.safeguardinghub.chronology;

import java.util.List;
import java.util.Map;

/**
 * Judges which known children may be the person searched for, with the reasons, so a search
 * finds "Kayleigh Smyth" for "Kaleigh Smith" (the identity module's matcher; without one, a
 * search finds only what it names exactly).
 */
public interface ChildMatcher {

    /** A child who may be the person sought: how strongly, whether it is likely, and why (for people to read). */
    record Likeness(ChildId child, double weight, boolean likely, List<String> reasons) {

        public Likeness {
            reasons = List.copyOf(reasons);
        }
    }

    /** The candidates who may be the person sought, strongest first; those who plainly are not are left out. */
    List<Likeness> rank(Subject sought, Map<ChildId, Subject> candidates);
}
