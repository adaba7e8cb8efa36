package org.safeguardinghub.chronology.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.safeguardinghub.chronology.EventType;

/**
 * The shape of a batch, for the OpenAPI description only: the feed reads batches event by event,
 * so one malformed event is rejected on its own instead of failing the whole request.
 */
@Schema(name = "EventBatch", description = "1 to 1000 events; each is checked on its own")
record EventBatchSchema(@ArraySchema(minItems = 1, maxItems = 1000) List<Event> events) {

    @Schema(name = "EventFields", description = "The fields every event has; Event adds its type's details")
    record Event(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100,
                         description = "unique per sending agency; resending it with the same content is a no-op") String eventId,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Subject subject,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) EventType type,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2015-02-14T20:05:00Z",
                         description = "ISO-8601 date, or date-time with offset; not in the future") String occurredAt,
                 @Schema(example = "2015-02-16T14:50:00Z", description = "not before occurredAt") String endedAt,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String summary,
                 @Schema(allowableValues = {"ROUTINE", "SIGNIFICANT", "CRITICAL"}, defaultValue = "ROUTINE") String significance,
                 @Schema(allowableValues = {"STANDARD", "HEALTH", "SEXUAL_HEALTH", "POLICE_INTELLIGENCE"},
                         defaultValue = "STANDARD") String sensitivity,
                 @Schema(description = "type-specific fields; unknown fields are kept") Map<String, Object> details) {
    }

    @Schema(name = "Subject", description = "givenName, familyName and dateOfBirth, or an identifier")
    record Subject(@Schema(description = "10 digits, valid modulus-11 check digit", example = "9434765919") String nhsNumber,
                   String upn, @Schema(description = "the sending agency's own id for the person") String localId,
                   String givenName, String familyName, @Schema(example = "2002-03-14") String dateOfBirth,
                   String sex, String postcode, String address) {
    }
}
