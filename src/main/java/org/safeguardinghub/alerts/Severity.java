package org.safeguardinghub.alerts;

/** How urgent an alert is. Senior managers are notified of every {@code HIGH} alert (seeds 003 §203). */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
