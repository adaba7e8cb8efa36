package benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.safeguardinghub.identity.matching.PersonRecord;

/**
 * The labelled data sets the identity benchmark measures: FEBRL4 (two sources), the census file
 * (one source with duplicates) and any pair of files in the generic format. The truth is read
 * only to score the result, never to fit the model.
 */
public record LinkageData(String name, List<PersonRecord> left, List<PersonRecord> right, Set<String> truth) {

    /** Within one source when there is no right-hand file. */
    public boolean within() {
        return right == null;
    }

    public static String pair(String left, String right) {
        return left + "|" + right;
    }

    /** Within one source a pair has no direction. */
    static String unordered(String a, String b) {
        return a.compareTo(b) <= 0 ? pair(a, b) : pair(b, a);
    }

    enum FebrlFields { ALL, WITHOUT_IDENTIFIER, NAMES_AND_DATE_OF_BIRTH }

    static LinkageData febrl(Path directory, FebrlFields fields) throws IOException {
        Function<CSVRecord, PersonRecord> person = row -> febrlPerson(row, fields);
        List<PersonRecord> left = read(directory.resolve("dataset4a.csv"), person);
        List<PersonRecord> right = read(directory.resolve("dataset4b.csv"), person);
        Set<String> truth = new HashSet<>();
        Set<String> rightIds = new HashSet<>(right.stream().map(PersonRecord::id).toList());
        for (PersonRecord original : left) {
            String duplicate = original.id().replace("-org", "-dup-0");
            if (rightIds.contains(duplicate)) {
                truth.add(pair(original.id(), duplicate));
            }
        }
        return new LinkageData("FEBRL4, " + fields.name().toLowerCase().replace('_', ' '), left, right, truth);
    }

    private static PersonRecord febrlPerson(CSVRecord row, FebrlFields fields) {
        String id = row.get("rec_id");
        LocalDate born = date(row.get("date_of_birth"), DateTimeFormatter.BASIC_ISO_DATE);
        if (fields == FebrlFields.NAMES_AND_DATE_OF_BIRTH) {
            return new PersonRecord(id, blank(row.get("given_name")), blank(row.get("surname")), List.of(), born, null,
                    null, null, null, null);
        }
        String address = String.join(" ", row.get("street_number"), row.get("address_1"), row.get("address_2"),
                row.get("suburb"));
        String identifier = fields == FebrlFields.ALL ? blank(row.get("soc_sec_id")) : null;
        return new PersonRecord(id, blank(row.get("given_name")), blank(row.get("surname")), List.of(), born, null,
                blank(row.get("postcode")), blank(address), identifier, null);
    }

    /** Census columns: Attr1 surname, Attr2 given name, Attr3 middle initial (unused), Attr4 house number, Attr5 street. */
    static LinkageData census(Path directory) throws IOException {
        List<PersonRecord> people = read(directory.resolve("census_profiles.csv"), row -> new PersonRecord(
                row.get("entity_index"), blank(row.get("Attr2")), blank(row.get("Attr1")), List.of(), null, null, null,
                blank(row.get("Attr4") + " " + row.get("Attr5")), null, null));
        Set<String> truth = new HashSet<>();
        for (CSVRecord row : rows(directory.resolve("census_gt_pairs.csv"))) {
            truth.add(unordered(row.get("entity_index_1"), row.get("entity_index_2")));
        }
        return new LinkageData("Census (within one file)", people, null, truth);
    }

    /** The generic format: id,given_name,family_name,date_of_birth,sex,postcode,address,nhs_number. */
    public static LinkageData generic(Path left, Path right, Path truthFile) throws IOException {
        Function<CSVRecord, PersonRecord> person = row -> new PersonRecord(row.get("id"), blank(row.get("given_name")),
                blank(row.get("family_name")), List.of(), date(row.get("date_of_birth"), DateTimeFormatter.ISO_LOCAL_DATE),
                blank(row.get("sex")), blank(row.get("postcode")), blank(row.get("address")),
                blank(row.get("nhs_number")), null);
        Set<String> truth = new HashSet<>();
        for (CSVRecord row : rows(truthFile)) {
            truth.add(pair(row.get("left_id"), row.get("right_id")));
        }
        return new LinkageData("Generic: " + left.getFileName() + " vs " + right.getFileName(), read(left, person),
                read(right, person), truth);
    }

    private static List<PersonRecord> read(Path file, Function<CSVRecord, PersonRecord> person) throws IOException {
        List<PersonRecord> people = new ArrayList<>();
        for (CSVRecord row : rows(file)) {
            people.add(person.apply(row));
        }
        return people;
    }

    /** Headers and values trimmed: FEBRL starts every field after the first with a space. */
    private static List<CSVRecord> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Unparseable dates (FEBRL's duplicates include some) are unknown, not an error. */
    private static LocalDate date(String value, DateTimeFormatter format) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
