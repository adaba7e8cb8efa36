package org.safeguardinghub.access.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions of the sensitivity policy. */
@Repository
class SensitivityPolicyStore {

    private final JdbcClient jdbc;

    SensitivityPolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SensitivityPolicy latest() {
        return all().getFirst();
    }

    /** Every version, newest first. */
    List<SensitivityPolicy> all() {
        Map<Integer, List<SensitivityPolicy.Grant>> grants = new LinkedHashMap<>();
        jdbc.sql("select version, sensitivity, agency_type, role from access.sensitivity_grant order by sensitivity, agency_type, role")
                .query(rs -> {
                    grants.computeIfAbsent(rs.getInt("version"), v -> new ArrayList<>()).add(new SensitivityPolicy.Grant(
                            Sensitivity.valueOf(rs.getString("sensitivity")), AgencyType.valueOf(rs.getString("agency_type")),
                            rs.getString("role")));
                });
        return jdbc.sql("select version, published_at, published_by, note from access.sensitivity_policy order by version desc")
                .query((rs, n) -> new SensitivityPolicy(rs.getInt("version"),
                        rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
                        rs.getString("note"), grants.getOrDefault(rs.getInt("version"), List.of())))
                .list();
    }

    SensitivityPolicy publish(int version, List<SensitivityPolicy.Grant> grants, String by, String note, Instant at) {
        jdbc.sql("insert into access.sensitivity_policy (version, published_at, published_by, note) values (:v, :at, :by, :note)")
                .param("v", version).param("at", Timestamps.of(at)).param("by", by).param("note", note).update();
        for (SensitivityPolicy.Grant g : grants.stream().distinct().toList()) {
            jdbc.sql("""
                    insert into access.sensitivity_grant (version, sensitivity, agency_type, role)
                    values (:v, :s, :t, :r)""")
                    .param("v", version).param("s", g.sensitivity().name()).param("t", g.agencyType().name())
                    .param("r", g.role()).update();
        }
        return new SensitivityPolicy(version, at, by, note, grants.stream().distinct().toList());
    }
}
