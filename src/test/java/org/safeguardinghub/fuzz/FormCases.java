package org.safeguardinghub.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Form posts to fuzz with: the fields of a practitioner's forms, each either a value the form
 * would send or a hostile one (injections, unicode edge cases, control characters, out-of-range
 * dates), posted as the browser would (form-urlencoded, with the session's CSRF token).
 */
final class FormCases {

    private FormCases() {
    }

    /** A field: half the time a good value, otherwise hostile. */
    static Arbitrary<String> field(Arbitrary<String> good) {
        return Arbitraries.frequencyOf(Tuple.of(1, good), Tuple.of(1, HostileInput.text()),
                Tuple.of(1, Arbitraries.of("-5000", "300000", "99999999999", "0", "-1", "31", "13", "29", "2.5", "1e3", "")));
    }

    static Arbitrary<String> number(int from, int to) {
        return Arbitraries.integers().between(from, to).map(String::valueOf);
    }

    /** The chronology entry form ({@code POST /children/{id}/entries}). */
    static Arbitrary<Map<String, String>> entry() {
        Arbitrary<String> type = field(Arbitraries.of("NOTE", "CONTACT", "MISSING_EPISODE", "SELF_HARM", "RESTRAINT"));
        Arbitrary<List<String>> occurred = Combinators.combine(field(number(1, 31)), field(number(1, 12)),
                field(number(2000, 2026)), field(Arbitraries.of("09:30", "23:59", ""))).as(List::of);
        Arbitrary<List<String>> ended = Combinators.combine(field(number(1, 31)), field(number(1, 12)),
                field(number(2000, 2026))).as(List::of);
        Arbitrary<List<String>> rest = Combinators.combine(field(Arbitraries.of("A visit to school")),
                field(Arbitraries.of("ROUTINE", "SIGNIFICANT", "CRITICAL")),
                field(Arbitraries.of("STANDARD", "HEALTH", "SEXUAL_HEALTH", "POLICE_INTELLIGENCE")),
                field(Arbitraries.of("", "a note"))).as(List::of);
        return Combinators.combine(type, occurred, ended, rest).as((t, o, e, r) -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("type", t);
            put(form, List.of("occurredDay", "occurredMonth", "occurredYear", "occurredTime"), o);
            put(form, List.of("endedDay", "endedMonth", "endedYear"), e);
            put(form, List.of("summary", "significance", "sensitivity", "note"), r);
            return form;
        });
    }

    /** The contact form ({@code POST /contacts}): a safeguarding concern about a child. */
    static Arbitrary<Map<String, String>> contact(String familyName) {
        Arbitrary<List<String>> child = Combinators.combine(field(Arbitraries.of("Ari")), field(Arbitraries.of(familyName)),
                field(number(1, 28)), field(number(1, 12)), field(number(2008, 2020)),
                field(Arbitraries.of("", "9434765919")), field(Arbitraries.of("", "L36 9YU")),
                field(Arbitraries.of("", "12 Example Road"))).as(List::of);
        Arbitrary<List<String>> concern = Combinators.combine(field(Arbitraries.of("CSC-NORTH", "POLICE-NORTH")),
                field(Arbitraries.of("Teacher")), field(Arbitraries.of("Seen with a bruise on the arm")),
                field(Arbitraries.of("NEGLECT", "CSE", "PHYSICAL")), field(Arbitraries.of("", "Said it was fine")),
                field(Arbitraries.of("YES", "NO", "NOT_KNOWN")), field(Arbitraries.of("IMMEDIATE", "URGENT", "STANDARD")))
                .as(List::of);
        return Combinators.combine(child, concern).as((c, r) -> {
            Map<String, String> form = new LinkedHashMap<>();
            put(form, List.of("givenName", "familyName", "dateOfBirthDay", "dateOfBirthMonth", "dateOfBirthYear",
                    "nhsNumber", "postcode", "address"), c);
            put(form, List.of("referrerAgency", "referrerRole", "concern", "categories", "childVoice", "parentsAware",
                    "urgency"), r);
            return form;
        });
    }

    private static void put(Map<String, String> form, List<String> names, List<String> values) {
        for (int i = 0; i < names.size(); i++) {
            form.put(names.get(i), values.get(i));
        }
    }
}
