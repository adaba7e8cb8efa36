package benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import benchmarks.SyntheticNames.Origin;
import org.safeguardinghub.chronology.NhsNumber;

/**
 * Synthetic children in households, the truth the linkage benchmark scores against. The shape
 * follows public descriptions of families in England and Wales: of families with dependent
 * children about 46% have one, 38% two, 12% three and 4% four or more; about 16 in 1,000
 * maternities are multiple, a third of twin pairs boy and girl; about one family in ten with
 * children is a stepfamily, where older children keep a parent's surname and younger half-siblings
 * have the step-parent's; some 5% of children have a double-barrelled surname; about 12% of
 * households moved house in the last couple of years. Brothers and sisters have given names of
 * their own (not one name twice, nor one the other's familiar form), and twins are sometimes given
 * names alike (Ella and Emma). Every value is generated from a seed.
 *
 * <p>Mistakes of the first version were corrected after its first runs: siblings could be given
 * the same name (or two spellings of one), the alike names of twins were drawn without regard to
 * sex, and names were far commoner at the top than real names are (one boy in seven an Oliver, one
 * British family in twelve a Smith), which made unrelated children with the same name and date of
 * birth far commoner than they are.
 */
public final class ChildPopulation {

    /** Where a household lives, now and (if it moved) before. */
    public record Home(String address, String postcode) {
    }

    public record Household(int id, Origin origin, String surname, String stepSurname, Home now, Home before) {
    }

    /**
     * One child as the truth knows them: legal names, date of birth, sex, identifiers, the
     * household, and what else someone may call them.
     */
    public record Child(int id, Household household, String given, String middle, String family, LocalDate born, char sex,
                 String nhs, String upn, boolean stepchild) {
    }

    static final double TWIN_MATERNITIES = 0.016;
    static final double STEPFAMILIES = 0.10;
    static final double DOUBLE_BARRELLED = 0.05;
    static final double MOVED = 0.12;

    private final Random random;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final Set<String> nhsUsed = new HashSet<>();
    private final Set<String> namesTaken = new HashSet<>();
    private int namesOf = -1;
    private final Addresses addresses;
    final List<Household> households = new ArrayList<>();
    final List<Child> children = new ArrayList<>();

    /** {@code size} children born in the years {@code from} to {@code to}. */
    public static ChildPopulation of(long seed, int size, int from, int to) {
        return new ChildPopulation(seed, size, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    public List<Child> children() {
        return children;
    }

    /** Pairs of children of one household born the same day. */
    public long twinPairs() {
        long pairs = 0;
        for (Child a : children) {
            for (Child b : children) {
                pairs += a.id() < b.id() && a.household() == b.household() && a.born().equals(b.born()) ? 1 : 0;
            }
        }
        return pairs;
    }

    ChildPopulation(long seed, int size, LocalDate earliest, LocalDate latest) {
        this.random = new Random(seed);
        this.earliest = earliest;
        this.latest = latest;
        this.addresses = new Addresses(random);
        while (children.size() < size) {
            household();
        }
    }

    private void household() {
        Origin origin = origin();
        String surname = surname(origin);
        boolean step = random.nextDouble() < STEPFAMILIES;
        String stepSurname = step ? surname(origin == Origin.BRITISH || random.nextBoolean() ? Origin.BRITISH : origin) : null;
        Home now = addresses.next();
        Home before = random.nextDouble() < MOVED ? addresses.next() : null;
        Household household = new Household(households.size(), origin, surname, stepSurname, now, before);
        households.add(household);
        int count = childrenInHousehold();
        LocalDate born = date(earliest, latest);
        for (int i = 0; i < count; i++) {
            boolean halfSibling = step && i > 0 && random.nextDouble() < 0.5;
            String family = halfSibling ? stepSurname : surname;
            if (random.nextDouble() < TWIN_MATERNITIES) {
                twins(household, family, born, step && !halfSibling);
                i++;
            } else {
                char sex = sex();
                add(household, given(household, sex), family, born, sex, step && !halfSibling);
            }
            born = born.plusDays(450 + random.nextInt(6 * 365));
            if (born.isAfter(latest)) {
                break;
            }
        }
    }

    private void twins(Household household, String family, LocalDate born, boolean stepchild) {
        char first = sex();
        char second = random.nextDouble() < 1.0 / 3 ? (first == 'M' ? 'F' : 'M') : first;
        String a = given(household, first);
        namesTaken.add(a);
        String b = given(household, second);
        List<String[]> alike = first == 'M' ? SyntheticNames.TWIN_BOYS : SyntheticNames.TWIN_GIRLS;
        if (first == second && random.nextDouble() < 0.15) {
            String[] pair = alike.get(random.nextInt(alike.size()));
            a = pair[0];
            b = pair[1];
        }
        add(household, a, family, born, first, stepchild);
        add(household, b, family, born, second, stepchild);
    }

    private void add(Household household, String given, String family, LocalDate born, char sex, boolean stepchild) {
        String legalFamily = household.origin() == Origin.BRITISH || sex == 'M' ? family
                : SyntheticNames.feminine(family, household.origin());
        String middle = random.nextDouble() < 0.7 ? given(household.origin(), sex) : null;
        namesTaken.add(given);
        children.add(new Child(children.size(), household, given, middle, legalFamily, born, sex, nhsNumber(),
                upn(children.size()), stepchild));
    }

    private int childrenInHousehold() {
        double p = random.nextDouble();
        return p < 0.46 ? 1 : p < 0.84 ? 2 : p < 0.96 ? 3 : 4;
    }

    private Origin origin() {
        double p = random.nextDouble();
        return p < 0.80 ? Origin.BRITISH : p < 0.87 ? Origin.SOUTH_ASIAN : p < 0.91 ? Origin.POLISH
                : p < 0.92 ? Origin.CZECH : p < 0.94 ? Origin.EAST_SLAVIC : p < 0.96 ? Origin.ARABIC : Origin.WEST_AFRICAN;
    }

    private String surname(Origin origin) {
        String name = switch (origin) {
            case BRITISH -> random.nextDouble() < 0.35 ? SyntheticNames.rareSurname(random)
                    : skewed(SyntheticNames.BRITISH_SURNAMES);
            case SOUTH_ASIAN -> skewed(SyntheticNames.SOUTH_ASIAN_SURNAMES);
            case POLISH -> skewed(SyntheticNames.POLISH_SURNAMES);
            case CZECH -> skewed(SyntheticNames.CZECH_SURNAMES);
            case EAST_SLAVIC -> skewed(SyntheticNames.EAST_SLAVIC_SURNAMES);
            case ARABIC -> skewed(SyntheticNames.ARABIC_SURNAMES);
            case WEST_AFRICAN -> skewed(SyntheticNames.WEST_AFRICAN_SURNAMES);
        };
        if (origin == Origin.BRITISH && random.nextDouble() < DOUBLE_BARRELLED) {
            String other = skewed(SyntheticNames.BRITISH_SURNAMES);
            return other.equals(name) ? name : name + "-" + other;
        }
        return name;
    }

    /**
     * A given name no brother or sister already has, nor a familiar form of theirs: parents do not
     * give two of their children one name.
     */
    private String given(Household household, char sex) {
        if (household.id() != namesOf) {
            namesOf = household.id();
            namesTaken.clear();
        }
        while (true) {
            String name = given(household.origin(), sex);
            if (namesTaken.stream().noneMatch(taken -> taken.equals(name) || related(taken, name))) {
                return name;
            }
        }
    }

    /** One is the other's familiar form, another spelling of it, or sounds the same. */
    private static boolean related(String a, String b) {
        return SyntheticNames.KNOWN_AS.getOrDefault(a, List.of()).contains(b)
                || SyntheticNames.KNOWN_AS.getOrDefault(b, List.of()).contains(a)
                || SyntheticNames.GIVEN_SPELLINGS.stream().anyMatch(g -> g.contains(a) && g.contains(b))
                || SOUND.get().isDoubleMetaphoneEqual(a, b);
    }

    private static final ThreadLocal<org.apache.commons.codec.language.DoubleMetaphone> SOUND =
            ThreadLocal.withInitial(org.apache.commons.codec.language.DoubleMetaphone::new);

    String given(Origin origin, char sex) {
        boolean boy = sex == 'M';
        String[] names = switch (origin) {
            case SOUTH_ASIAN -> boy ? SyntheticNames.SOUTH_ASIAN_BOYS : SyntheticNames.SOUTH_ASIAN_GIRLS;
            case ARABIC -> boy ? SyntheticNames.ARABIC_BOYS : SyntheticNames.ARABIC_GIRLS;
            case POLISH -> boy ? SyntheticNames.POLISH_BOYS : SyntheticNames.POLISH_GIRLS;
            case CZECH -> boy ? SyntheticNames.CZECH_BOYS : SyntheticNames.CZECH_GIRLS;
            case EAST_SLAVIC -> boy ? SyntheticNames.EAST_SLAVIC_BOYS : SyntheticNames.EAST_SLAVIC_GIRLS;
            case WEST_AFRICAN -> boy ? SyntheticNames.WEST_AFRICAN_BOYS : SyntheticNames.WEST_AFRICAN_GIRLS;
            case BRITISH -> boy ? SyntheticNames.BOYS : SyntheticNames.GIRLS;
        };
        // families of every origin also choose from the common names
        if (origin != Origin.BRITISH && random.nextDouble() < 0.3) {
            names = boy ? SyntheticNames.BOYS : SyntheticNames.GIRLS;
        }
        return skewed(names);
    }

    /**
     * Earlier entries are commoner, as name frequencies fall with rank: the chance of the name at
     * rank r is proportional to 1 / (r + 10), so the commonest of a hundred names is given to about
     * one child in 25, as the commonest names in England and Wales are.
     */
    String skewed(String[] names) {
        double total = 0;
        for (int r = 0; r < names.length; r++) {
            total += 1.0 / (r + 10);
        }
        double u = random.nextDouble() * total;
        for (int r = 0; r < names.length; r++) {
            u -= 1.0 / (r + 10);
            if (u < 0) {
                return names[r];
            }
        }
        return names[names.length - 1];
    }

    private char sex() {
        return random.nextDouble() < 0.512 ? 'M' : 'F';
    }

    private LocalDate date(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1)));
    }

    /** A valid NHS number in the 999 range set aside for testing, unique in the population. */
    String nhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0 && nhsUsed.add(nine + check)) {
                return nine + check;
            }
        }
    }

    /** A unique pupil number's shape (a letter and twelve digits); not a real UPN's check letter. */
    private String upn(int child) {
        return "Z" + String.format("%012d", 800_000_000_000L + child * 7919L % 100_000_000_000L);
    }

    Random random() {
        return random;
    }

    /** Homes on made-up streets in a made-up district, several households to a postcode. */
    static final class Addresses {

        private static final String[] STREETS = SyntheticNames.words("""
                Alder Beech Cedar Damson Elm Fir Hazel Juniper Larch Maple Oak Poplar Rowan Spruce Willow Yew Meadow
                Brook Mill Church Station Victoria Albert Queens Kings Park Grange Manor Orchard Priory Abbey Chapel
                Bridge Castle Forge Hollow Ridge Valley Heather Bracken Clover Primrose Lavender Foxglove Bluebell
                Harebell Thistle Nettle Sorrel Tansy Yarrow Kestrel Heron Swallow Wren Linnet Plover Curlew Lapwing""");
        private static final String[] KINDS = SyntheticNames.words("Road Street Close Lane Avenue Way Drive Gardens Crescent Grove");
        private static final String[] AREAS = SyntheticNames.words("NX QZ");
        private final Random random;

        Addresses(Random random) {
            this.random = random;
        }

        Home next() {
            int street = random.nextInt(STREETS.length * KINDS.length * 4);
            String name = STREETS[street % STREETS.length] + " " + KINDS[street / STREETS.length % KINDS.length];
            int number = 1 + random.nextInt(160);
            String flat = random.nextDouble() < 0.12 ? "Flat " + (1 + random.nextInt(8)) + ", " : "";
            int district = 1 + street % 9;
            String postcode = AREAS[street % AREAS.length] + district + " " + (number / 40 + street % 7) % 10 + (char) ('A' + street % 20)
                    + (char) ('A' + (number / 10 + street) % 26);
            return new Home(flat + number + " " + name, postcode);
        }
    }
}
