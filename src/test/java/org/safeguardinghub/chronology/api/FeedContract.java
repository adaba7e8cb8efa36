package org.safeguardinghub.chronology.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the partner contract's markdown (spec/event-feed.md, with its v1.1 additions) says, read from
 * its tables and lists: the event fields and which are required, the types and their details
 * fields (lists, yes/no flags, listed values), the result statuses and the match values. Read, not
 * copied, so that a contract change shows up as a failing test.
 */
record FeedContract(Map<String, Boolean> eventFields, Map<String, Set<String>> eventEnums,
                    Map<String, Map<String, DetailField>> types, Set<String> statuses, Set<String> matches) {

    /** A details field as the contract names it: a list, a flag, or one of listed values. */
    record DetailField(boolean list, boolean flag, Set<String> values) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern CAPS = Pattern.compile("[A-Z][A-Z0-9_]+");

    /** Where the published contract sits beside the repository, when it does. */
    static final Path PUBLISHED = Path.of("../shared/spec/event-feed.md");
    /** The repository's copy, so a clone on its own (CI) checks against it too. */
    static final Path COPY = Path.of("docs/contract/event-feed.md");

    /** Where -Dcontract.path says, else the published contract, else the repository's copy. */
    static FeedContract read() throws IOException {
        String given = System.getProperty("contract.path");
        Path path = given != null ? Path.of(given) : Files.exists(PUBLISHED) ? PUBLISHED : COPY;
        return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
    }

    static FeedContract parse(List<String> lines) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        Map<String, Set<String>> enums = new LinkedHashMap<>();
        Map<String, Map<String, DetailField>> types = new LinkedHashMap<>();
        Set<String> statuses = new LinkedHashSet<>();
        Set<String> matches = new LinkedHashSet<>();
        String section = "";
        for (String line : logical(lines)) {
            if (line.startsWith("## ") || line.startsWith("Types and their")) {
                section = line;
            }
            Matcher row = ROW.matcher(line);
            if (section.startsWith("## Sending") && row.matches()) {
                String rule = row.group(2).strip();
                fields.put(row.group(1), rule.startsWith("required"));
                Set<String> values = caps(firstSentence(rule));
                if (!values.isEmpty()) {
                    enums.put(row.group(1), values);
                }
            } else if (section.startsWith("Types and their") && row.matches()) {
                String[] cells = row.group(2).split("\\|");
                types.put(row.group(1), details(cells[cells.length - 1]));
            } else if (line.startsWith("- `status`:")) {
                statuses.addAll(caps(firstSentence(line)));
            } else if (line.startsWith("- `match`:")) {
                matches.addAll(caps(firstSentence(line)));
            }
        }
        return new FeedContract(fields, enums, types, statuses, matches);
    }

    /** The lines with a list item's wrapped continuation lines joined to it. */
    static List<String> logical(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("  ") && !line.isBlank() && !joined.isEmpty() && joined.getLast().startsWith("- ")) {
                joined.set(joined.size() - 1, joined.getLast() + " " + line.strip());
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    /** A details cell: each field runs from its name to the next field's name. */
    static Map<String, DetailField> details(String cell) {
        Map<String, DetailField> fields = new LinkedHashMap<>();
        Matcher ticked = TICKED.matcher(cell);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (ticked.find()) {
            if (Character.isLowerCase(ticked.group(1).charAt(0))) {
                starts.add(new int[] {ticked.start(), ticked.end()});
                names.add(ticked.group(1));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String segment = cell.substring(starts.get(i)[1], i + 1 < names.size() ? starts.get(i + 1)[0] : cell.length());
            int examples = segment.indexOf("e.g.");
            Set<String> values = caps(examples < 0 ? segment : segment.substring(0, examples));
            fields.put(names.get(i), new DetailField(segment.contains("(list"), segment.contains("(bool"), values));
        }
        return fields;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end);
    }

    /** The listed values (backticked capitals) in a piece of text. */
    private static Set<String> caps(String text) {
        Set<String> values = new LinkedHashSet<>();
        Matcher ticked = TICKED.matcher(text);
        while (ticked.find()) {
            if (CAPS.matcher(ticked.group(1)).matches()) {
                values.add(ticked.group(1));
            }
        }
        return values;
    }
}
