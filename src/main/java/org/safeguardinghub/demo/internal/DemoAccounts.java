package org.safeguardinghub.demo.internal;

import java.util.List;
import java.util.Set;

/** The demo agencies and practitioners. Every name, address and number is invented. */
public final class DemoAccounts {

    public record DemoAgency(String code, String name, String type, String area) {
    }

    record DemoUser(String username, String name, String jobTitle, String agency, String team, Set<String> roles) {

        String email() {
            return username + "@" + agency.toLowerCase(java.util.Locale.ROOT) + ".example";
        }
    }

    public static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("CSC-NORTH", "North Borough Children's Social Care", "CHILDRENS_SOCIAL_CARE", "North"),
            new DemoAgency("CSC-SOUTH", "South City Children's Services", "CHILDRENS_SOCIAL_CARE", "South"),
            new DemoAgency("POLICE-NORTH", "Northshire Police", "POLICE", "North"),
            new DemoAgency("POLICE-SOUTH", "Southshire Constabulary", "POLICE", "South"),
            new DemoAgency("ED-NORTH", "North General Hospital Emergency Department", "HEALTH", "North"),
            new DemoAgency("ED-SOUTH", "South Royal Infirmary Emergency Department", "HEALTH", "South"),
            new DemoAgency("GP-NORTH", "Riverside Medical Practice", "HEALTH", "North"),
            new DemoAgency("SCHOOL-NORTH", "Northfield Academy", "EDUCATION", "North"),
            new DemoAgency("YOT-NORTH", "North Youth Justice Service", "YOUTH_JUSTICE", "North"),
            new DemoAgency("HOME-SOUTH", "Willow House Children's Home", "CARE_PROVIDER", "South"),
            new DemoAgency("VCS-NORTH", "Open Door Youth Project", "VOLUNTARY", "North"),
            new DemoAgency("ASC-NORTH", "North Borough Adult Social Care", "ADULT_SERVICES", "North"),
            new DemoAgency("SN-SOUTH", "South City School Nursing Service", "HEALTH", "South"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Alex Morgan", "System administrator", "CSC-NORTH", null, Set.of("ADMINISTRATOR")),
            new DemoUser("sw.north", "Sam Okafor", "Social worker", "CSC-NORTH", "Northbridge Safeguarding Team",
                    Set.of("SOCIAL_WORKER")),
            new DemoUser("tm.north", "Helen Brightwell", "Team manager", "CSC-NORTH", "Northbridge Safeguarding Team",
                    Set.of("TEAM_MANAGER")),
            new DemoUser("mash.north", "Daniel Reyes", "MASH social worker", "CSC-NORTH", "Multi-Agency Safeguarding Hub",
                    Set.of("MASH_OFFICER")),
            new DemoUser("mashtm.north", "Priya Lindqvist", "MASH team manager", "CSC-NORTH",
                    "Multi-Agency Safeguarding Hub", Set.of("MASH_OFFICER", "TEAM_MANAGER")),
            new DemoUser("sm.north", "Margaret Oyelaran", "Head of service", "CSC-NORTH", "Northbridge Safeguarding Team",
                    Set.of("SENIOR_MANAGER")),
            new DemoUser("sw.south", "Chris Pellow", "Social worker", "CSC-SOUTH", "South City Assessment Team",
                    Set.of("SOCIAL_WORKER")),
            new DemoUser("tm.south", "Rosa Delgado", "Team manager", "CSC-SOUTH", "South City Assessment Team",
                    Set.of("TEAM_MANAGER")),
            new DemoUser("police.north", "Jordan Ellery", "Detective constable, CSE team", "POLICE-NORTH",
                    "Child Exploitation Team", Set.of("PRACTITIONER")),
            new DemoUser("police.south", "Morgan Tate", "Police constable, missing persons", "POLICE-SOUTH",
                    "Missing Persons Unit", Set.of("PRACTITIONER")),
            new DemoUser("nurse.north", "Ruth Adeyemi", "Safeguarding nurse", "ED-NORTH", "Safeguarding Children Team",
                    Set.of("SAFEGUARDING_LEAD")),
            new DemoUser("nurse.south", "Gemma Hart", "Safeguarding nurse", "ED-SOUTH", "Safeguarding Children Team",
                    Set.of("SAFEGUARDING_LEAD")),
            new DemoUser("gp.north", "Imogen Shaw", "General practitioner", "GP-NORTH", null, Set.of("PRACTITIONER")),
            new DemoUser("dsl.north", "Tom Fairweather", "Designated safeguarding lead", "SCHOOL-NORTH",
                    null, Set.of("SAFEGUARDING_LEAD")),
            new DemoUser("yot.north", "Leanne Kerr", "YOT case worker", "YOT-NORTH", "North Youth Justice Team",
                    Set.of("PRACTITIONER")),
            new DemoUser("carer.south", "Jade Whitmore", "Residential support worker", "HOME-SOUTH",
                    null, Set.of("PRACTITIONER")),
            new DemoUser("youth.north", "Ben Ashdown", "Youth worker", "VCS-NORTH", null, Set.of("PRACTITIONER")),
            new DemoUser("analyst", "Owen Liddell", "Partnership analyst", "CSC-NORTH", null,
                    Set.of("PARTNERSHIP_ANALYST")),
            new DemoUser("dpo", "Aisha Kowalczyk", "Data protection officer", "CSC-NORTH", "Information Governance",
                    Set.of("DATA_PROTECTION_OFFICER")),
            new DemoUser("teacher.north", "Hannah Brook", "Class teacher", "SCHOOL-NORTH", null, Set.of("PRACTITIONER")),
            new DemoUser("ednurse.south", "Sam Okafor", "Emergency department nurse", "ED-SOUTH", null,
                    Set.of("PRACTITIONER")),
            new DemoUser("schoolnurse.south", "Naomi Achterberg", "School nurse", "SN-SOUTH", null, Set.of("PRACTITIONER")));

    private DemoAccounts() {
    }
}
