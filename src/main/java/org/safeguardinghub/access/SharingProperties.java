package org.safeguardinghub.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lawful basis recorded with each share of a child's information with another agency: by
 * default the public task and substantial public interest of safeguarding children, as the local
 * information-sharing agreement should say (set it to its words).
 *
 * @param lawfulBasis the lawful basis recorded with every share
 */
@ConfigurationProperties("safeguarding.sharing")
public record SharingProperties(
        @DefaultValue("UK GDPR Article 6(1)(e) public task and Article 9(2)(g) substantial public interest; "
                + "Data Protection Act 2018 Schedule 1 paragraph 18, safeguarding of children and individuals at risk")
        String lawfulBasis) {
}
