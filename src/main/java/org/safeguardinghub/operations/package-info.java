/**
 * What an operator's monitoring reads (issue 18, "Operations"): the hub's own meters beside the
 * JVM's on the management port (Prometheus), a request id on every request and in every log line,
 * and the build the node runs. Meters carry counts by partner system, alert code or outcome, never
 * a child, a name or an id (ADR 0032). Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
        allowedDependencies = {"alerts"})
package org.safeguardinghub.operations;
