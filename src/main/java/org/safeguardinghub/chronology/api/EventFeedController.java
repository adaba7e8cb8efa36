package org.safeguardinghub.chronology.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.EventFeed;
import org.safeguardinghub.chronology.FieldError;
import org.safeguardinghub.chronology.Match;
import org.safeguardinghub.shared.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/events}: the partner event feed, contract v1 (spec/event-feed.md). */
@RestController
@Tag(name = "Event feed", description = "Partner systems send what they know about a child")
class EventFeedController {

    static final int MAX_EVENTS = 1000;

    private final EventFeed feed;
    private final FeedMeters meters;

    EventFeedController(EventFeed feed, FeedMeters meters) {
        this.feed = feed;
        this.meters = meters;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventResult(String eventId, EventFeed.Status status, String childId, Match match, List<FieldError> errors) {
    }

    record BatchResult(List<EventResult> results) {
    }

    @Operation(summary = "Send 1 to 1000 events",
            description = "Answers 200 only once every accepted event is committed; each event has its own result "
                    + "(CREATED, DUPLICATE, CONFLICT or REJECTED with field errors). A body that is not JSON, or "
                    + "holds no events or more than 1000, is answered 400 and nothing is stored.")
    @PostMapping(path = "/api/v1/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    BatchResult receive(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                schema = @Schema(implementation = EventBatchSchema.class)))
                        @RequestBody JsonNode body, Actor.PartnerSystem sender) {
        List<EventFeed.Result> results = feed.receive(sender, events(body));
        meters.answered(sender.clientId(), results);
        return new BatchResult(results.stream().map(r -> new EventResult(r.eventId(), r.status(),
                r.childId() == null ? null : r.childId().toString(), r.match(),
                r.errors())).toList());
    }

    /** The batch's events, or a 400 if the body is not a batch of 1 to 1000 events. */
    static List<JsonNode> events(JsonNode body) {
        if (body == null || !body.isObject() || body.get("events") == null || !body.get("events").isArray()) {
            throw new InvalidRequest("The body must be a JSON object {\"events\": [ ... ]}; nothing was stored.");
        }
        JsonNode events = body.get("events");
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new InvalidRequest("A batch holds 1 to " + MAX_EVENTS + " events; this one held " + events.size()
                    + ", so nothing was stored.");
        }
        List<JsonNode> list = new ArrayList<>(events.size());
        events.forEach(list::add);
        return list;
    }
}
