package org.safeguardinghub.access;

import java.util.UUID;

/** A partner agency's system that sends events and reads back through the API. */
public record ApiClient(UUID id, String clientId, Agency agency, String description, boolean active) {
}
