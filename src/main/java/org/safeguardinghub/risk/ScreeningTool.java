package org.safeguardinghub.risk;

import java.time.Instant;

/** A published version of the screening tool; every screening keeps the version it used. */
public record ScreeningTool(int version, Instant publishedAt, String publishedBy, String note, ToolDefinition definition) {
}
