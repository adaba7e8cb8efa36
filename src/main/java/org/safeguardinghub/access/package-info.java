/**
 * Who may see and do what: agencies, practitioners and their roles, partner API clients, the
 * child-access policy (professional network, area, sensitivity), sign-in and tokens, and the
 * audit log of every view and change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access and audit",
        allowedDependencies = "shared")
package org.safeguardinghub.access;
