package benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.safeguardinghub.chronology.NhsNumber;
import org.safeguardinghub.identity.matching.PersonRecord;

/**
 * Synthetic children, generated deterministically from a seed: no real person's data. Given
 * names come from the variant list, family names are made of syllables, children live in
 * households (siblings share family name, address and postcode; some are twins), NHS numbers are
 * valid numbers in the 999 range reserved for testing. Incoming records are copies of known
 * children with the errors agencies make (variants, typos, swapped day and month, a move, a
 * missing NHS number), or new children.
 */
public final class SyntheticPeople {

    private static final String[] FAMILY_START = {"Ash", "Brad", "Card", "Dal", "Ever", "Fen", "Gar", "Hol", "Ire",
        "Jen", "Kel", "Lan", "Mor", "Nor", "Oak", "Pen", "Quar", "Ros", "Shel", "Thorn", "Up", "Ver", "Wes", "Yar"};
    private static final String[] FAMILY_MIDDLE = {"", "en", "er", "ing", "el"};
    private static final String[] FAMILY_END = {"ley", "ford", "wood", "ton", "by", "ham", "field", "well", "stone",
        "croft", "more", "worth", "bury", "dale", "gate", "hurst", "land", "mere", "shaw", "wick"};
    private static final String[] AREAS = {"AB", "BN", "CF", "DN", "EX", "GL", "HU", "LS", "ME", "NE", "OX", "PL",
        "RG", "SO", "TN", "WF", "YO", "ZE", "KT", "ST"};
    private static final String[] STREETS = {"Alder", "Beech", "Cedar", "Damson", "Elm", "Fir", "Hazel", "Juniper",
        "Larch", "Maple", "Oak", "Poplar", "Rowan", "Spruce", "Willow", "Yew", "Meadow", "Brook", "Mill", "Church"};
    private static final String[] STREET_TYPES = {"Road", "Street", "Close", "Lane", "Avenue", "Way", "Drive",
        "Gardens"};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(2008, 1, 1);
    private static final int BIRTH_DAYS = 18 * 365;

    private final Random random;
    private final List<String> givenNames;
    private final List<List<String>> variantGroups;
    private final List<String> familyNames;
    private int nextNhs = 0;

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
        this.variantGroups = variantGroups();
        Set<String> given = new LinkedHashSet<>();
        variantGroups.forEach(given::addAll);
        this.givenNames = List.copyOf(given);
        List<String> family = new ArrayList<>();
        for (String start : FAMILY_START) {
            for (String middle : FAMILY_MIDDLE) {
                for (String end : FAMILY_END) {
                    family.add(start + middle + end);
                }
            }
        }
        this.familyNames = List.copyOf(family);
    }

    /** Children in households of one to four, numbered P0, P1, … */
    public List<PersonRecord> population(int size) {
        List<PersonRecord> people = new ArrayList<>(size);
        while (people.size() < size) {
            people.addAll(household("P", people.size(), Math.min(size - people.size(), 1 + random.nextInt(4))));
        }
        return people;
    }

    private List<PersonRecord> household(String prefix, int firstNumber, int children) {
        String family = skewed(familyNames);
        String postcode = postcode();
        String address = (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)] + " "
                + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
        List<PersonRecord> members = new ArrayList<>();
        LocalDate born = birthDate();
        for (int i = 0; i < children; i++) {
            boolean twin = i > 0 && random.nextInt(30) == 0;
            born = twin ? born : birthDate();
            members.add(new PersonRecord(prefix + (firstNumber + i), skewed(givenNames), family, List.of(), born,
                    random.nextBoolean() ? "M" : "F", postcode, address, random.nextInt(5) < 4 ? nhsNumber() : null,
                    null));
        }
        return members;
    }

    /** A new child, not in the population. */
    public PersonRecord newPerson(String id) {
        return household("", 0, 1).getFirst().withId(id);
    }

    /** The same child as another agency might record them: one to three errors, often no NHS number. */
    public PersonRecord variantOf(PersonRecord person, String id) {
        PersonRecord variant = person.withId(id);
        int errors = 1 + random.nextInt(3);
        for (int i = 0; i < errors; i++) {
            variant = oneError(variant);
        }
        if (random.nextInt(10) < 6) {
            variant = new PersonRecord(id, variant.givenName(), variant.familyName(), List.of(), variant.dateOfBirth(),
                    variant.sex(), variant.postcode(), variant.address(), null, null);
        }
        return variant;
    }

    private PersonRecord oneError(PersonRecord p) {
        return switch (random.nextInt(7)) {
            case 0 -> with(p, variantName(p.givenName()), p.familyName(), p.dateOfBirth(), p.postcode(), p.address());
            case 1 -> with(p, typo(p.givenName()), p.familyName(), p.dateOfBirth(), p.postcode(), p.address());
            case 2 -> with(p, p.givenName(), typo(p.familyName()), p.dateOfBirth(), p.postcode(), p.address());
            case 3 -> with(p, p.givenName(), p.familyName(), swapDayMonth(p.dateOfBirth()), p.postcode(), p.address());
            case 4 -> with(p, p.givenName(), p.familyName(), p.dateOfBirth(), postcode(),
                    (1 + random.nextInt(90)) + " " + STREETS[random.nextInt(STREETS.length)] + " Road");
            case 5 -> with(p, p.givenName(), p.familyName(), p.dateOfBirth().plusDays(1), p.postcode(), p.address());
            default -> with(p, p.givenName(), p.familyName(), p.dateOfBirth(), p.postcode().replace(" ", "").toLowerCase(
                    Locale.ROOT), p.address().toUpperCase(Locale.ROOT));
        };
    }

    private static PersonRecord with(PersonRecord p, String given, String family, LocalDate born, String postcode,
                                     String address) {
        return new PersonRecord(p.id(), given, family, p.formerFamilyNames(), born, p.sex(), postcode, address,
                p.nhsNumber(), p.upn());
    }

    private String variantName(String given) {
        List<String> group = variantGroups.stream().filter(g -> g.contains(given)).findFirst().orElse(List.of(given));
        return group.get(random.nextInt(group.size()));
    }

    private String typo(String name) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return random.nextBoolean() ? name.substring(0, at) + name.substring(at + 1)
                : name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    private static LocalDate swapDayMonth(LocalDate date) {
        return date.getDayOfMonth() <= 12 ? LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue())
                : date;
    }

    /** Common names are common: the first names of a list are picked far more often. */
    private String skewed(List<String> names) {
        double u = random.nextDouble();
        return names.get((int) (names.size() * u * u));
    }

    private LocalDate birthDate() {
        return EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
    }

    private String postcode() {
        String units = "ABDEFGHJLN";
        return AREAS[random.nextInt(AREAS.length)] + (1 + random.nextInt(29)) + " " + random.nextInt(10)
                + units.charAt(random.nextInt(units.length())) + units.charAt(random.nextInt(units.length()));
    }

    /** Valid NHS numbers from 999 000 0000 up, the range set aside for testing. */
    private String nhsNumber() {
        while (true) {
            String nine = String.format(Locale.ROOT, "999%06d", nextNhs++);
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    private static List<List<String>> variantGroups() {
        try (var in = SyntheticPeople.class.getResourceAsStream("/identity/given-name-variants.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Arrays.asList(line.trim().split("\\s+"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
