package org.safeguardinghub.access.internal;

import java.util.UUID;

import org.safeguardinghub.access.Agency;

/** A partner agency's system that sends events and reads back through the API. */
public record ApiClient(UUID id, String clientId, Agency agency, String description, boolean active) {
}
