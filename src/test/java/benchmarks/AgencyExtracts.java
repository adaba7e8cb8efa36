package benchmarks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import benchmarks.ChildPopulation.Child;
import benchmarks.ChildPopulation.Home;
import benchmarks.SyntheticNames.Origin;

/**
 * Three agencies' extracts about a {@link ChildPopulation}, each record as that agency would
 * describe the child, with the differences and mistakes public descriptions of such data report:
 * <ul>
 * <li><b>health</b> (a GP system traced against the national demographics service): nearly every
 *     child, legal names, NHS numbers; dates of birth and sex almost always right (linkage studies
 *     of hospital against demographic records find them disagreeing or missing in about 0.1% of
 *     records); addresses out of date after a move (a large share of patients have not told their
 *     GP six months after moving); a few records carry another person's NHS number (a "confusion",
 *     often a family member's), and a few children are registered twice;</li>
 * <li><b>school</b> (a school census extract): children of school age, UPNs, legal forenames, but
 *     the "preferred surname" a child is known by (often a step-parent's) and familiar forenames
 *     where the school records what the child is called; gender as the family asks;</li>
 * <li><b>police</b> (person records of a force system): about a quarter of children, with
 *     duplicate person records (forces report several person records for each real person),
 *     nicknames and names as given at the scene, misspellings, dates of birth missing, mistyped or
 *     with day and month swapped, old addresses, double-barrelled surnames cut, a girl recorded
 *     under the masculine form of a Polish, Czech or Russian surname, names transliterated another
 *     way, and now and then an incident recorded against a sibling's person record.</li>
 * </ul>
 * All rates are this generator's assumptions from those descriptions. The rates of identifiers
 * carrying someone else's number were lowered once, after the first run, to the "a few"
 * (from 0.4% to 0.15% of health records, 0.2% to 0.05% of school records, 0.5% to 0.2% of police
 * records); nothing was changed after seeing how the changed matcher scored.
 */
public final class AgencyExtracts {

    public enum Agency {
        HEALTH("GP-NORTH"), SCHOOL("SCHOOL-NORTH"), POLICE("POLICE-NORTH");

        final String client;

        Agency(String client) {
            this.client = client;
        }
    }

    /** One row of an extract, as the feed's subject, with the child it really is. */
    public record Row(Agency agency, String eventId, int child, String nhs, String upn, String localId, String given,
               String family, LocalDate born, String sex, String postcode, String address) {
    }

    /** How an agency writes a child down: the chance of each difference, per record. */
    record Habits(double knownAs, double typo, double stepSurname, double cutHyphen, double masculine,
                  double respell, double dateSwap, double dateTypo, double dateMissing, double sexWrong,
                  double sexMissing, double oldAddress, double addressMissing) {
    }

    static final Map<Agency, Habits> HABITS = Map.of(
            Agency.HEALTH, new Habits(0.01, 0.005, 0.05, 0.1, 0.0, 0.1, 0.001, 0.001, 0, 0.001, 0, 0.25, 0.01),
            Agency.SCHOOL, new Habits(0.08, 0.01, 0.5, 0.3, 0.1, 0.25, 0.002, 0.003, 0, 0.003, 0, 0.3, 0.02),
            Agency.POLICE, new Habits(0.10, 0.04, 0.3, 0.5, 0.4, 0.35, 0.02, 0.03, 0.03, 0.005, 0.02, 0.5, 0.08));

    /** When the extracts were taken. */
    static final LocalDate EXTRACTED = LocalDate.of(2026, 11, 1);
    static final LocalDate SCHOOL_FROM = LocalDate.of(2010, 9, 1);
    static final LocalDate SCHOOL_TO = LocalDate.of(2022, 8, 31);

    /** The share of health records carrying a sibling's NHS number: "a few". */
    static final double SIBLING_NHS = 0.0015;

    private final ChildPopulation population;
    private final Random random;
    private final Spelling spelling;
    private final double siblingNhs;
    final List<Row> rows = new ArrayList<>();
    private final List<Integer> siblingNhsNumbers = new ArrayList<>();
    private int serial;

    AgencyExtracts(ChildPopulation population, long seed) {
        this(population, seed, SIBLING_NHS);
    }

    /** As the benchmark makes them, but with {@code siblingNhs} of health records carrying a sibling's NHS number. */
    public static AgencyExtracts of(ChildPopulation population, long seed, double siblingNhs) {
        return new AgencyExtracts(population, seed, siblingNhs);
    }

    private AgencyExtracts(ChildPopulation population, long seed, double siblingNhs) {
        this.population = population;
        this.random = new Random(seed);
        this.spelling = new Spelling(random);
        this.siblingNhs = siblingNhs;
        for (Child child : population.children) {
            health(child);
            school(child);
            police(child);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /** The rows whose NHS number is a brother's or sister's (by position in {@link #rows()}). */
    public List<Integer> siblingNhsNumbers() {
        return siblingNhsNumbers;
    }

    List<Row> of(Agency agency) {
        return rows.stream().filter(r -> r.agency() == agency).toList();
    }

    private void health(Child child) {
        if (random.nextDouble() >= 0.96) {
            return;
        }
        String nhs = random.nextDouble() < 0.99 ? child.nhs() : null;
        double wrong = random.nextDouble();
        if (wrong < siblingNhs) {
            nhs = siblingOrAnyone(child).nhs();
            siblingNhsNumbers.add(rows.size());
        } else if (wrong < siblingNhs + 0.0005) {
            nhs = population.nhsNumber();
        }
        add(Agency.HEALTH, child, nhs, null, localId(Agency.HEALTH));
        if (random.nextDouble() < 0.002) {
            add(Agency.HEALTH, child, population.nhsNumber(), null, localId(Agency.HEALTH));
        }
    }

    private void school(Child child) {
        if (child.born().isBefore(SCHOOL_FROM) || child.born().isAfter(SCHOOL_TO) || random.nextDouble() >= 0.93) {
            return;
        }
        String upn = random.nextDouble() < 0.0005 ? siblingOrAnyone(child).upn() : child.upn();
        add(Agency.SCHOOL, child, null, upn, localId(Agency.SCHOOL));
    }

    private void police(Child child) {
        boolean older = child.born().isBefore(LocalDate.of(2018, 12, 1));
        if (random.nextDouble() >= (older ? 0.32 : 0.12)) {
            return;
        }
        int records = random.nextDouble() < 0.02 ? 3 : random.nextDouble() < 0.15 ? 2 : 1;
        for (int r = 0; r < records; r++) {
            // the first person record has the child's own id; duplicates were made without finding it
            String localId = r == 0 ? policeId(child) : localId(Agency.POLICE);
            if (random.nextDouble() < 0.002) {
                localId = policeId(siblingOrAnyone(child));
            }
            add(Agency.POLICE, child, null, null, localId);
        }
    }

    /** A brother or sister if there is one, else any other child. */
    private Child siblingOrAnyone(Child child) {
        List<Child> siblings = population.children.stream()
                .filter(c -> c.household() == child.household() && c.id() != child.id()).toList();
        List<Child> pool = siblings.isEmpty() ? population.children : siblings;
        Child other = pool.get(random.nextInt(pool.size()));
        return other.id() == child.id() ? population.children.get((child.id() + 1) % population.children.size()) : other;
    }

    private static String policeId(Child child) {
        return "NP-P" + (100_000 + child.id());
    }

    private String localId(Agency agency) {
        return switch (agency) {
            case HEALTH -> "GP-" + (100_000 + serial++);
            case SCHOOL -> "ADM-" + (500_000 + serial++);
            case POLICE -> "NP-D" + (900_000 + serial++);
        };
    }

    private void add(Agency agency, Child child, String nhs, String upn, String localId) {
        Habits habits = HABITS.get(agency);
        Home home = child.household().before() != null && random.nextDouble() < habits.oldAddress()
                ? child.household().before() : child.household().now();
        boolean noAddress = random.nextDouble() < habits.addressMissing();
        rows.add(new Row(agency, agency.name().charAt(0) + "-" + rows.size(), child.id(), nhs, upn, localId,
                given(child, habits), family(child, habits), born(child, habits), sex(child, habits),
                noAddress ? null : home.postcode(), noAddress ? null : spelling.address(home.address(), agency)));
    }

    private String given(Child child, Habits habits) {
        String name = child.given();
        if (random.nextDouble() < habits.knownAs()) {
            List<String> forms = SyntheticNames.KNOWN_AS.getOrDefault(name, List.of());
            name = !forms.isEmpty() ? forms.get(random.nextInt(forms.size()))
                    : child.middle() != null && random.nextDouble() < 0.2 ? child.middle() : name;
        }
        if (random.nextDouble() < habits.respell()) {
            name = SyntheticNames.respelt(name, SyntheticNames.GIVEN_SPELLINGS, random);
        }
        return random.nextDouble() < habits.typo() ? spelling.typo(name) : name;
    }

    private String family(Child child, Habits habits) {
        String name = child.family();
        if (child.stepchild() && random.nextDouble() < habits.stepSurname()) {
            name = child.household().stepSurname();
        }
        if (name.contains("-") && random.nextDouble() < habits.cutHyphen()) {
            String[] parts = name.split("-");
            name = random.nextDouble() < 0.7 ? parts[0] : random.nextBoolean() ? parts[1] : parts[0] + " " + parts[1];
        }
        if (child.sex() == 'F' && child.household().origin() != Origin.BRITISH && random.nextDouble() < habits.masculine()) {
            name = masculine(child);
        }
        if (random.nextDouble() < habits.respell()) {
            name = SyntheticNames.respelt(name, SyntheticNames.FAMILY_SPELLINGS, random);
        }
        return random.nextDouble() < habits.typo() ? spelling.typo(name) : name;
    }

    /** The household's surname as a father's form, where the girl's legal form differs. */
    private String masculine(Child child) {
        return child.family().equals(SyntheticNames.feminine(child.household().surname(), child.household().origin()))
                ? child.household().surname() : child.family();
    }

    private LocalDate born(Child child, Habits habits) {
        double p = random.nextDouble();
        LocalDate born = child.born();
        if (p < habits.dateMissing()) {
            return null;
        }
        p -= habits.dateMissing();
        if (p < habits.dateSwap() && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        }
        p -= habits.dateSwap();
        LocalDate typed = p < habits.dateTypo() ? spelling.dateTypo(born) : born;
        // a date in the future is refused by the feed (and by the agency's own system)
        return typed.isAfter(EXTRACTED) ? born.minusYears(1) : typed;
    }

    private String sex(Child child, Habits habits) {
        double p = random.nextDouble();
        if (p < habits.sexMissing()) {
            return null;
        }
        boolean wrong = p - habits.sexMissing() < habits.sexWrong();
        return String.valueOf(wrong ? (child.sex() == 'M' ? 'F' : 'M') : child.sex());
    }

    /** Rows in the order an agency would send them: its own extract, in no particular order. */
    public List<Row> shuffled(Agency agency) {
        List<Row> extract = new ArrayList<>(of(agency));
        Collections.shuffle(extract, random);
        return extract;
    }

    /** Mistakes of typing and of writing addresses. */
    static final class Spelling {

        private static final String KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm";
        private final Random random;

        Spelling(Random random) {
            this.random = random;
        }

        /** One slip: a neighbouring key, a letter left out, doubled, or two letters swapped. */
        String typo(String name) {
            if (name.length() < 3) {
                return name;
            }
            int at = 1 + random.nextInt(name.length() - 2);
            char c = name.charAt(at);
            return switch (random.nextInt(4)) {
                case 0 -> name.substring(0, at) + neighbour(c) + name.substring(at + 1);
                case 1 -> name.substring(0, at) + name.substring(at + 1);
                case 2 -> name.substring(0, at) + c + name.substring(at);
                default -> name.substring(0, at) + name.charAt(at + 1) + c + name.substring(at + 2);
            };
        }

        private char neighbour(char c) {
            int at = KEYBOARD.indexOf(Character.toLowerCase(c));
            if (at < 0) {
                return c;
            }
            int next = at + (random.nextBoolean() ? 1 : -1);
            char n = next < 0 || next >= KEYBOARD.length() || KEYBOARD.charAt(next) == ' ' ? KEYBOARD.charAt(at)
                    : KEYBOARD.charAt(next);
            return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
        }

        /** A day, month or year a little off. */
        LocalDate dateTypo(LocalDate date) {
            try {
                return switch (random.nextInt(3)) {
                    case 0 -> date.withDayOfMonth(Math.max(1, Math.min(28, date.getDayOfMonth() + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3)))));
                    case 1 -> date.withMonth(1 + (date.getMonthValue() % 12));
                    default -> date.withYear(date.getYear() + (random.nextBoolean() ? 1 : -1));
                };
            } catch (DateTimeException e) {
                return date;
            }
        }

        /** The same address as each agency's system writes it. */
        String address(String address, Agency agency) {
            return switch (agency) {
                case HEALTH -> address;
                case SCHOOL -> address.toUpperCase(Locale.ROOT);
                case POLICE -> {
                    String short1 = address.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave")
                            .replace(" Close", " Cl").replace(" Drive", " Dr");
                    String noFlat = short1.startsWith("Flat ") && random.nextBoolean() ? short1.substring(short1.indexOf(", ") + 2) : short1;
                    yield random.nextDouble() < 0.03 ? typo(noFlat) : noFlat;
                }
            };
        }
    }
}
