package org.safeguardinghub.oversight.rules;

import java.util.EnumMap;
import java.util.Map;

/** The numbers the rules use now: the contract's defaults, with whatever an administrator changed. */
public final class RuleSettings {

    private final Map<RuleParameter, Integer> values;

    private RuleSettings(Map<RuleParameter, Integer> values) {
        this.values = values;
    }

    public static RuleSettings defaults() {
        return with(Map.of());
    }

    public static RuleSettings with(Map<RuleParameter, Integer> changes) {
        Map<RuleParameter, Integer> values = new EnumMap<>(RuleParameter.class);
        for (RuleParameter parameter : RuleParameter.values()) {
            values.put(parameter, changes.getOrDefault(parameter, parameter.defaultValue()));
        }
        return new RuleSettings(values);
    }

    public int get(RuleParameter parameter) {
        return values.get(parameter);
    }

    public Map<RuleParameter, Integer> all() {
        return Map.copyOf(values);
    }
}
