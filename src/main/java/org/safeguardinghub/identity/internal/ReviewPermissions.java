package org.safeguardinghub.identity.internal;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;

/**
 * Who decides whether two records are the same child: the MASH officers and team managers of
 * children's social care, and only for two records they may both open. A merge gives one record's
 * agencies involvement in the other: a reviewer who could not see both would be giving away what
 * they may not see. Plain Java.
 */
public final class ReviewPermissions {

    private ReviewPermissions() {
    }

    /** Whether the actor reviews matches at all (the queue, the navigation). */
    public static Permission review(Actor actor) {
        return actor instanceof Actor.Person p && p.agency().isChildrensSocialCare()
                && (p.has(Role.MASH_OFFICER) || p.has(Role.TEAM_MANAGER))
                ? Permission.allowed("review.permission.mash") : Permission.refused("review.error.mayNotReview");
    }

    /** Whether the actor decides about this pair, given whether they may open both records. */
    public static Permission decide(Actor actor, boolean mayOpenBoth) {
        Permission reviews = review(actor);
        if (reviews.refused()) {
            return reviews;
        }
        return mayOpenBoth ? reviews : Permission.refused("review.error.mayNotOpenBoth");
    }
}
