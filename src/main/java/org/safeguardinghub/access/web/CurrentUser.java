package org.safeguardinghub.access.web;

/**
 * What the page layout shows about the person signed in.
 *
 * @param overseer a manager or safeguarding lead, who has the managers' view
 * @param mash     works the MASH triage queue (children's social care MASH officers and team managers)
 * @param dataProtection the data protection officer, who reads the audit
 */
public record CurrentUser(String displayName, String agencyName, boolean administrator, boolean overseer,
                          boolean mash, boolean dataProtection) {
}
