package benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Name lists for synthetic children, written for this benchmark from general descriptions of
 * names given to children in England and Wales (popular first names of the last two decades, the
 * familiar forms English speakers use, common surnames of British, South Asian, Polish, Czech,
 * East Slavic, Arabic-speaking and West African families, and how such names are spelt in Latin
 * letters). No list is of real people; combinations are drawn at random. The matcher's own variant
 * list ({@code identity/given-name-variants.txt}) was not used to write these: agencies do not
 * limit themselves to the nicknames a matcher knows.
 */
final class SyntheticNames {

    public enum Origin { BRITISH, SOUTH_ASIAN, POLISH, CZECH, EAST_SLAVIC, ARABIC, WEST_AFRICAN }

    static final String[] BOYS = words("""
            Oliver Jack Harry George Noah Charlie Jacob Alfie Freddie Oscar Leo Logan Archie Theo Thomas James
            Joshua Henry William Max Lucas Ethan Arthur Mason Isaac Harrison Teddy Finley Daniel Riley Edward Joseph
            Alexander Adam Reggie Samuel Jaxon Sebastian Elijah Harley Toby Arlo Dylan Jude Benjamin Rory Tommy Jake
            Louie Carter Jenson Hugo Bobby Frankie Ollie Zachary David Albie Lewis Luca Ronnie Jackson Matthew Alex
            Harvey Reuben Jayden Caleb Hunter Theodore Nathan Blake Luke Elliot Liam Kai Tyler Connor Callum Kieran
            Ryan Jamie Aaron Cameron Owen Michael Lucas Christopher Frederick Alfred Nicholas Robert Jonathan
            Stanley Sonny Louis Ben Billy Jason Jordan Aidan Bradley Declan Ellis Felix Gabriel Jasper Kayden Mohammed
            Muhammad""");
    static final String[] GIRLS = words("""
            Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily Ella Poppy
            Evie Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby Emilia Maya Millie
            Isabelle Jessica Eva Chloe Lucy Erin Holly Scarlett Layla Hannah Zara Imogen Esme Bella Lola Georgia
            Eleanor Elizabeth Katherine Rebecca Abigail Megan Amber Niamh Caitlin Leah Paige Kayleigh Chelsea Courtney
            Jade Bethany Lauren Summer Skye Harriet Maisie Darcey Annabelle Aria Luna Nancy Mila Thea Violet Beatrice
            Eliza Penelope Victoria Gabriella Alexandra Natalie Emma Amy Molly Tilly Lexi Hollie Keira Mollie Aisha
            Maryam Fatima""");

    /** Familiar forms: the first word of each line is a name, the rest are what someone may be known as. */
    static final Map<String, List<String>> KNOWN_AS = lines("""
            Oliver Ollie Olly Ol
            Alexander Alex Xander Sandy Lex
            Alfred Alfie Alf Fred
            Archibald Archie
            Benjamin Ben Benji Benny
            Charles Charlie Chas
            Christopher Chris Kit Topher
            Daniel Dan Danny
            Edward Ed Eddie Ted Teddy Ned
            Frederick Freddie Fred Freddy
            Harrison Harry Haz
            Henry Harry Hal Hank
            James Jamie Jim Jimmy Jay
            Jacob Jake Jakey
            Jonathan Jon Johnny Jonny
            Joseph Joe Joey
            Joshua Josh
            Matthew Matt Matty
            Michael Mike Mikey Mick
            Nicholas Nick Nicky Nico
            Robert Rob Robbie Bobby Bob
            Samuel Sam Sammy
            Thomas Tom Tommy
            Theodore Theo Teddy
            William Will Billy Liam Wills
            Zachary Zach Zack
            Sebastian Seb Bash
            Gabriel Gabe
            Lewis Lew
            Callum Cal
            Kieran Kez
            Nathan Nate
            Reuben Reub
            Stanley Stan
            Louis Lou
            Abigail Abbie Abby Gail
            Alexandra Alex Lexi Sasha Ali
            Amelia Millie Mia Amy Mel
            Katherine Kate Katie Kat Kitty
            Charlotte Lottie Charlie Lotte
            Eleanor Ellie Nell Nora
            Elizabeth Lizzie Beth Libby Eliza Liz
            Evelyn Evie Eve
            Florence Flo Florrie
            Isabella Izzy Bella Issy
            Isabelle Izzy Belle
            Jessica Jess Jessie
            Matilda Tilly Tilda Mattie
            Olivia Liv Livvy Ollie
            Penelope Penny Pen
            Rebecca Becky Becca Bex
            Sophia Sophie Soph
            Victoria Tori Vicky
            Gabriella Gabby Ella
            Natalie Nat Tally
            Georgia Georgie
            Harriet Hattie Harry
            Beatrice Bea Trixie
            Annabelle Annie Bella
            Imogen Immy Midge
            Margaret Maggie Meg Daisy
            Megan Meg
            Emily Em Emmy
            Hannah Han
            Mohammed Mo Moe
            Muhammad Mo
            Maryam Mary
            Aisha Ash""");

    /** Spellings of one name in Latin letters; any may be written for another. */
    static final List<List<String>> GIVEN_SPELLINGS = groups("""
            Mohammed Muhammad Mohamed Mohammad Muhammed
            Ahmed Ahmad Ahmet
            Yusuf Yousef Youssef Yusef
            Hussain Hussein Husain
            Mustafa Mostafa Moustafa
            Ibrahim Ebrahim
            Omar Umar
            Aisha Ayesha Aysha
            Fatima Fatimah Fatema
            Maryam Mariam Mariyam
            Zainab Zaynab
            Aleksander Alexander Aleksandr Oleksandr
            Aleksandra Alexandra Oleksandra
            Dmitri Dmitry Dmytro
            Sergei Sergey Serhiy
            Andrei Andrey Andriy
            Mikhail Mykhailo Michail
            Nikolai Nikolay Mykola
            Yulia Julia Iuliia Yuliya
            Natalia Natalya Nataliya
            Anastasia Anastasiya
            Zofia Sofia Zophia
            Wojciech Wojtek
            Chidi Chidy
            Oluwaseun Oluseun Seun
            Adebayo Adebayor""");

    static final String[] SOUTH_ASIAN_BOYS = words("Mohammed Ayaan Ibrahim Yusuf Hamza Omar Ahmed Aryan Zayn Rehan Arjun Hussain Ali Bilal Imran");
    static final String[] SOUTH_ASIAN_GIRLS = words("Aisha Maryam Fatima Zara Hafsa Amira Inaaya Anaya Aleena Zainab Sana Noor Khadija Priya");
    static final String[] ARABIC_BOYS = words("Mohammed Ahmed Omar Yusuf Mustafa Ibrahim Khalid Hassan Adam Ali Karim Zakaria");
    static final String[] ARABIC_GIRLS = words("Fatima Maryam Aisha Zainab Layla Nour Hana Amina Salma Yasmin Rania Huda");
    static final String[] POLISH_BOYS = words("Jakub Kacper Szymon Filip Jan Antoni Aleksander Franciszek Mikolaj Wojciech Bartosz Oliwer");
    static final String[] POLISH_GIRLS = words("Zofia Zuzanna Julia Maja Hanna Lena Alicja Oliwia Natalia Wiktoria Amelia Aleksandra");
    static final String[] CZECH_BOYS = words("Jakub Jan Tomas Adam Matyas Vojtech Ondrej Lukas Filip David");
    static final String[] CZECH_GIRLS = words("Tereza Eliska Anna Adela Natalie Sofie Karolina Viktorie Barbora Klara");
    static final String[] EAST_SLAVIC_BOYS = words("Aleksander Dmitri Sergei Andrei Mikhail Nikolai Artem Maksim Ivan Danylo Bohdan Kyrylo");
    static final String[] EAST_SLAVIC_GIRLS = words("Anastasia Yulia Natalia Sofia Anna Daria Polina Viktoria Kateryna Alina Mariya Yelena");
    static final String[] WEST_AFRICAN_BOYS = words("Chidi Oluwaseun Adebayo Tobi David Daniel Emmanuel Samuel Joshua Ayo Kwame Kofi");
    static final String[] WEST_AFRICAN_GIRLS = words("Chioma Adaeze Favour Blessing Esther Grace Precious Temi Abena Ama Deborah Ruth");

    /** Pairs of names twin girls may be given: alike to a reader, still two names. */
    static final List<String[]> TWIN_GIRLS = List.of(new String[] {"Ella", "Emma"}, new String[] {"Ava", "Eva"},
            new String[] {"Lily", "Lola"}, new String[] {"Isla", "Ivy"}, new String[] {"Maisie", "Daisy"},
            new String[] {"Ruby", "Rosie"}, new String[] {"Mollie", "Millie"});
    /** Pairs of names twin boys may be given. */
    static final List<String[]> TWIN_BOYS = List.of(new String[] {"Jack", "Jake"}, new String[] {"Harry", "Harvey"},
            new String[] {"Mason", "Jason"}, new String[] {"Leo", "Theo"}, new String[] {"Aidan", "Ethan"});

    static final String[] BRITISH_SURNAMES = words("""
            Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker
            White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris
            Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young
            Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan
            Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali
            Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
            Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
            Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill
            Dawson Ball Burton ORiley Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson
            Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
            Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke
            Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
            Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins ONeill Kirby Charlton Howe Holt McCarthy""");
    static final String[] SOUTH_ASIAN_SURNAMES = words("Khan Hussain Ahmed Ali Begum Patel Shah Iqbal Akhtar Rahman Islam Mahmood Chowdhury Miah Uddin Hassan Bibi Kaur Singh Sharma");
    static final String[] ARABIC_SURNAMES = words("Mohamed Hassan Abdi Osman Ibrahim Mahmoud Saleh Haddad Nasser Karimi Aziz Mansour");
    static final String[] POLISH_SURNAMES = words("Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Kozlowski Jankowski Mazur Krawczyk Piotrowski Grabowski Nowicki Pawlowski Michalski Zajac");
    static final String[] CZECH_SURNAMES = words("Novak Svoboda Novotny Dvorak Cerny Prochazka Kucera Vesely Horak Nemec Pokorny Marek");
    static final String[] EAST_SLAVIC_SURNAMES = words("Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Volkov Pavlov Semenov");
    static final String[] WEST_AFRICAN_SURNAMES = words("Okafor Adeyemi Okonkwo Oyelaran Mensah Owusu Adebayo Eze Nwosu Boateng Asante Okoro Balogun Afolabi");

    /** Spellings of one family name in Latin letters. */
    static final List<List<String>> FAMILY_SPELLINGS = groups("""
            Hussain Hussein Husain Hossain
            Ahmed Ahmad
            Rahman Rehman
            Chowdhury Choudhury Chaudhry
            Mahmood Mehmood Mahmud
            Mohamed Mohammed Muhammad
            Hassan Hasan
            Mahmoud Mahmud
            Osman Othman Usman
            Shevchenko Chevchenko Shevchenka
            Kovalenko Kowalenko
            Melnyk Melnik
            Tkachenko Tkatchenko
            Smirnov Smirnoff
            Kuznetsov Kusnezow""");

    private static final String[] SYLLABLES = words("""
            ash ber cal dun ell far gor hal ing jes kel lor mer nor ost pen quil ros sel tor ul ver wen yar
            bro cra dra fel gra har kin lan mor nes pil ric sta tre wal""");
    private static final String[] SURNAME_ENDS = words("by ton ford ley field well wood worth ham more ridge stone shaw dale croft son");

    private SyntheticNames() {
    }

    /** A made-up British-sounding surname for the long tail of rarer names. */
    static String rareSurname(Random random) {
        String first = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String middle = random.nextInt(3) == 0 ? SYLLABLES[random.nextInt(SYLLABLES.length)] : "";
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + middle
                + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)];
    }

    /** The girl's form of a family name where the language has one (Kowalska, Ivanova, Nováková). */
    static String feminine(String family, Origin origin) {
        return switch (origin) {
            case POLISH -> family.endsWith("ski") || family.endsWith("cki") || family.endsWith("dzki")
                    ? family.substring(0, family.length() - 1) + "a" : family;
            case EAST_SLAVIC -> family.endsWith("ov") || family.endsWith("ev") || family.endsWith("in")
                    ? family + "a" : family;
            case CZECH -> family.endsWith("y") ? family.substring(0, family.length() - 1) + "a"
                    : family.endsWith("a") ? family.substring(0, family.length() - 1) + "ova" : family + "ova";
            default -> family;
        };
    }

    /** Another spelling of the name from its group, or the name itself if it has none. */
    static String respelt(String name, List<List<String>> groups, Random random) {
        for (List<String> group : groups) {
            if (group.contains(name)) {
                List<String> others = new ArrayList<>(group);
                others.remove(name);
                return others.get(random.nextInt(others.size()));
            }
        }
        return name;
    }

    static String[] words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static Map<String, List<String>> lines(String text) {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : text.strip().split("\n")) {
            String[] names = words(line);
            map.put(names[0], List.of(Arrays.copyOfRange(names, 1, names.length)));
        }
        return Map.copyOf(map);
    }

    private static List<List<String>> groups(String text) {
        return Arrays.stream(text.strip().split("\n")).map(line -> List.of(words(line))).toList();
    }
}
