package org.safeguardinghub.access;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The partner agencies. There are tens of them and they rarely change, while every request
 * needs them for access decisions, so all are held in memory and reloaded after a change here
 * and every minute (for changes made on another node).
 */
@Service
public class Agencies {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Map<UUID, Agency> byId;

    Agencies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Collection<Agency> all() {
        return agencies().values().stream().sorted(Comparator.comparing(Agency::code)).toList();
    }

    /**
     * The agency, reading the table again when this node does not know it (as {@link #byCode}): an
     * agency added on another node is not in the cache until its next reload, nor is one added in
     * a transaction that was still open when another thread reloaded the cache (the demo data's,
     * on a loaded machine); a practitioner of it would otherwise be unreadable here meanwhile
     * (found by the two-node test, ADR 0033).
     */
    public Optional<Agency> byId(UUID id) {
        Agency known = agencies().get(id);
        if (known == null && id != null) {
            reload();
            known = agencies().get(id);
        }
        return Optional.ofNullable(known);
    }

    public Optional<Agency> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Agency> known = withCode(code);
        if (known.isEmpty()) {
            reload();
            known = withCode(code);
        }
        return known;
    }

    private Optional<Agency> withCode(String code) {
        return agencies().values().stream().filter(a -> a.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Agency create(NewAgency agency) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into access.agency (id, code, name, type, area, created_at)
                values (:id, :code, :name, :type, :area, :at)""")
                .param("id", id).param("code", agency.code()).param("name", agency.name())
                .param("type", agency.type().name()).param("area", agency.area())
                .param("at", Timestamps.of(clock))
                .update();
        reload();
        return agencies().get(id);
    }

    private Map<UUID, Agency> agencies() {
        Map<UUID, Agency> snapshot = byId;
        if (snapshot == null) {
            reload();
            snapshot = byId;
        }
        return snapshot;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reload() {
        List<Agency> agencies = jdbc.sql("select id, code, name, type, area from access.agency")
                .query((rs, n) -> new Agency(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), AgencyType.valueOf(rs.getString("type")), rs.getString("area")))
                .list();
        byId = agencies.stream().collect(Collectors.toUnmodifiableMap(Agency::id, Function.identity()));
    }

    /** Children's social care serving any of these agencies ({@link SocialCareAreas}). */
    public Set<UUID> childrensSocialCareServing(Collection<UUID> agencyIds) {
        return SocialCareAreas.serving(agencies().values(), agencyIds);
    }

    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    /** What an administrator gives to add an agency. */
    public record NewAgency(String code, String name, AgencyType type, String area) {
    }
}
