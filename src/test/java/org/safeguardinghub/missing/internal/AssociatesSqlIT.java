package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summaries split "found with" in SQL ({@code missing_patterns.people}, V85); {@link Associates}
 * is the rule. On a thousand generated texts (the properties' names, separators and odd spacing, and
 * any text at all) the database gives exactly the people Java gives, in the same order, and compares
 * them alike ({@code lower} and {@link Associates#key}) for the letters practitioners type.
 */
@HubIntegrationTest
class AssociatesSqlIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseSplitsAsTheRuleDoes() {
        List<String> texts = Stream.concat(Stream.of("Jay, Kaz and Dee", "Jay and Kaz", "kaz", " , and ;& AND ", "Jay\u00A0Kaz"),
                        AssociatesProperties.text().sampleStream().limit(1000))
                // text PostgreSQL can hold: no NUL and no half of a surrogate pair
                .filter(t -> t.indexOf(0) < 0 && t.chars().noneMatch(c -> Character.isSurrogate((char) c))).toList();
        List<List<String>> sql = jdbc.sql("""
                select array(select p from missing_patterns.people(t.text) as p) as people
                from unnest(cast(:texts as text[])) with ordinality as t (text, n) order by t.n""")
                .param("texts", texts.toArray(String[]::new))
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray("people").getArray())).list();
        List<List<String>> java = texts.stream().map(Associates::people).toList();
        assertThat(sql).hasSameSizeAs(texts).isEqualTo(java);
        assertThat(java).anySatisfy(people -> assertThat(people).hasSizeGreaterThan(1));
    }

    @Test
    void theDatabaseComparesNamesAsTheRuleDoes() {
        List<String> names = new ArrayList<>(List.of("Kaz", "kAZ", "Zoë", "ÅSE", "Ann-Marie O'NEIL"));
        AssociatesProperties.name().sampleStream().limit(200).forEach(names::add);
        List<String> sql = jdbc.sql("select lower(t.name) from unnest(cast(:names as text[])) with ordinality as t (name, n) order by t.n")
                .param("names", names.toArray(String[]::new)).query(String.class).list();
        assertThat(sql).isEqualTo(names.stream().map(Associates::key).toList());
    }
}
