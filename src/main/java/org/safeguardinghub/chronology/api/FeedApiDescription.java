package org.safeguardinghub.chronology.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.events.DetailFields;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The feed's events in the API description as contract v1 defines them: {@code Event} is one of a
 * schema per type (chosen by {@code type}, the discriminator), each the common {@code EventFields}
 * with its own {@code details} fields from {@link DetailFields}. The controller reads events as
 * JSON nodes, so that one malformed event is rejected on its own, which is why the shape is
 * described here rather than by the classes it is read into.
 */
@Component
class FeedApiDescription implements OpenApiCustomizer {

    static final String EVENT = "Event";

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents();
        Map<String, String> mapping = new TreeMap<>();
        for (EventType type : EventType.values()) {
            String name = pascal(type);
            components.addSchemas(name + "Details", details(type));
            components.addSchemas(name + "Event", event(type, name));
            mapping.put(type.name(), ref(name + "Event"));
        }
        components.addSchemas(EVENT, new Schema<>().description("An event of one of the types; its details depend on type")
                .oneOf(mapping.values().stream().map(r -> (Schema) new Schema<>().$ref(r)).toList())
                .discriminator(new Discriminator().propertyName("type").mapping(mapping)));
        Schema<?> batch = components.getSchemas().get("EventBatch");
        if (batch != null && batch.getProperties() != null) {
            batch.getProperties().get("events").setItems(new Schema<>().$ref(ref(EVENT)));
        }
    }

    private static Schema<?> event(EventType type, String name) {
        Schema<?> own = typed("object")
                .addProperty("type", typed("string")._enum(List.of(type.name())))
                .addProperty("details", new Schema<>().$ref(ref(name + "Details")));
        return new Schema<>().allOf(List.of(new Schema<>().$ref(ref("EventFields")), own));
    }

    private static Schema<?> details(EventType type) {
        Schema<Object> details = typed("object").description("details of a " + type.name()
                + " event; all optional; fields not named here are kept as sent");
        details.setAdditionalProperties(true);
        DetailFields.of(type).forEach(field -> details.addProperty(field.name(), field(field)));
        return details;
    }

    private static Schema<?> field(DetailFields.Field field) {
        return switch (field.kind()) {
            case TEXT -> typed("string");
            case FLAG -> typed("boolean");
            case AMOUNT -> typed("number").minimum(java.math.BigDecimal.ZERO);
            case LIST -> typed("array").items(typed("string"));
            case TIME -> typed("string").description("ISO-8601 date, or date-time with offset");
            case ONE_OF -> typed("string")._enum(List.copyOf(field.values()));
        };
    }

    /** A schema of the JSON type (OpenAPI 3.1 reads {@code types}; 3.0 {@code type}). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema typed(String type) {
        return new Schema<>().type(type).types(java.util.Set.of(type));
    }

    static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }

    /** MISSING_EPISODE becomes MissingEpisode. */
    static String pascal(EventType type) {
        return String.join("", Arrays.stream(type.name().split("_"))
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).toList());
    }
}
