package org.safeguardinghub.chronology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a module holds about a child, for a subject access request (UK GDPR Article 15): the
 * chronology and the record, contacts, alerts, disagreements, later meetings and plans. Each
 * module gives its part in full; the data protection officer decides what is disclosed. Fields that
 * are about someone else (a family member, a referrer's words about others) are marked as third
 * party, and restricted entries with their sensitivity, so they are reviewed before disclosure.
 */
public interface SubjectAccessSource {

    /** One kind of record: its title (a message key) and its items. */
    record Part(String titleKey, List<Item> items) {

        public Part {
            items = List.copyOf(items);
        }
    }

    /**
     * One record, field by field in the order shown; {@code thirdParty} names the fields about
     * someone else, {@code review} why the whole item needs a look before disclosure (or null).
     */
    record Item(Map<String, String> fields, Set<String> thirdParty, String review) {

        public Item {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            thirdParty = Set.copyOf(thirdParty);
        }

        public static Item of(Map<String, String> fields) {
            return new Item(fields, Set.of(), null);
        }
    }

    /** Fields in the order given (name, value, name, value…), leaving out those with nothing in them. */
    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    /** Where the part comes in the export. */
    int order();

    /** Everything this module holds about the child, whoever recorded it. */
    Part about(ChildId child);
}
