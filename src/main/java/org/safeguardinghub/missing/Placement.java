package org.safeguardinghub.missing;

import java.util.List;
import java.util.Optional;

import org.safeguardinghub.access.Agency;

/**
 * Where a child is placed and by whom: the children's social care that placed the child (the
 * placing authority) and its area (the home area), and the area hosting the placement. A child
 * placed in another area is the case the reviews found at risk: "local systems do not always receive
 * missing intelligence from cross boundary Police Forces" (seeds 003_… LP16, LP35, §70).
 *
 * @param placedIn     the area the latest placement names, as recorded (it may name no area known here)
 * @param homePolice   the police of the home area
 * @param hostPolice   the police of the area where the child is (the home area's when not out of area)
 * @param reasonKey    how the host area was worked out (a message key)
 */
public record Placement(Optional<Agency> placingAuthority, String homeArea, String hostArea, String placedIn,
                        List<Agency> homePolice, List<Agency> hostPolice, String reasonKey) {

    public Placement {
        homePolice = List.copyOf(homePolice);
        hostPolice = List.copyOf(hostPolice);
    }

    /** Placed in an area other than the placing authority's. */
    public boolean outOfArea() {
        return homeArea != null && hostArea != null && !homeArea.equalsIgnoreCase(hostArea);
    }
}
