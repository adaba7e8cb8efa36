package org.safeguardinghub.access;

/**
 * What the page layout shows about the person signed in.
 *
 * @param overseer a manager or safeguarding lead, who has the managers' view
 */
public record CurrentUser(String displayName, String agencyName, boolean administrator, boolean overseer) {
}
