package org.safeguardinghub.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who sign in. Passwords are kept only as Argon2 hashes. */
@Service
public class Practitioners {

    private static final String SELECT = """
            select id, username, display_name, job_title, email, phone, agency_id, team, roles, active
            from access.practitioner""";

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Practitioners(JdbcClient jdbc, Agencies agencies, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Optional<Practitioner> byUsername(String username) {
        return jdbc.sql(SELECT + " where username = :u").param("u", normalise(username)).query(this::map).optional();
    }

    /** The practitioners with this e-mail address, ignoring case (single sign-on links by it, ADR 0030). */
    public List<Practitioner> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(email) = lower(:email)").param("email", email).query(this::map).list();
    }

    public Optional<Practitioner> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
    }

    public List<Practitioner> byIds(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id = any(cast(:ids as uuid[]))")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).query(this::map).list();
    }

    /** The active practitioners of these agencies who hold a role. */
    public List<Practitioner> withRole(Role role, Set<UUID> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where active and :role = any(roles) and agency_id = any(cast(:agencies as uuid[]))")
                .param("role", role.name())
                .param("agencies", agencyIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(this::map).list();
    }

    /** The active practitioners of an agency, or of one team in it. */
    public List<Practitioner> ofAgency(UUID agencyId, String team) {
        return jdbc.sql(SELECT + " where active and agency_id = :agency and (cast(:team as text) is null or team = :team)")
                .param("agency", agencyId).param("team", team).query(this::map).list();
    }

    /** The teams an agency's practitioners belong to. */
    public List<String> teams(UUID agencyId) {
        return jdbc.sql("select distinct team from access.practitioner where agency_id = :agency and team is not null order by team")
                .param("agency", agencyId).query(String.class).list();
    }

    public List<Practitioner> all() {
        return jdbc.sql(SELECT).query(this::map).list().stream()
                .sorted(Comparator.comparing((Practitioner p) -> p.agency().code()).thenComparing(Practitioner::username))
                .toList();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from access.practitioner where username = :u")
                .param("u", normalise(username)).query(Integer.class).single() > 0;
    }

    @Transactional
    public Practitioner create(NewPractitioner p, String rawPassword) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into access.practitioner
                  (id, username, password_hash, display_name, job_title, email, phone, agency_id, team, roles, active, created_at)
                values (:id, :username, :hash, :name, :title, :email, :phone, :agency, :team, :roles, true, :at)""")
                .param("id", id).param("username", normalise(p.username()))
                .param("hash", passwords.encode(rawPassword)).param("name", p.displayName())
                .param("title", p.jobTitle()).param("email", p.email()).param("phone", p.phone())
                .param("agency", p.agencyId()).param("team", p.team())
                .param("roles", p.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .param("at", Timestamps.of(clock))
                .update();
        return byId(id).orElseThrow();
    }

    public void changePassword(String username, String rawPassword) {
        jdbc.sql("update access.practitioner set password_hash = :hash where username = :u")
                .param("hash", passwords.encode(rawPassword)).param("u", normalise(username)).update();
    }

    /** Deactivates an active practitioner; false when there is none of that name. */
    public boolean deactivate(String username) {
        return jdbc.sql("update access.practitioner set active = false where username = :u and active")
                .param("u", normalise(username)).update() == 1;
    }

    /** Gives an active practitioner these roles; false when there is none of that name. */
    public boolean changeRoles(String username, Set<Role> roles) {
        return jdbc.sql("update access.practitioner set roles = :roles where username = :u and active")
                .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .param("u", normalise(username)).update() == 1;
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from access.practitioner where username = :u and active")
                .param("u", normalise(username)).query(String.class).optional();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private Practitioner map(ResultSet rs, int row) throws SQLException {
        Agency agency = agencies.byId(rs.getObject("agency_id", UUID.class)).orElseThrow();
        return new Practitioner(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("job_title"), rs.getString("email"),
                rs.getString("phone"), agency, rs.getString("team"), roles(rs.getArray("roles")), rs.getBoolean("active"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
    }

    /** What an administrator gives to add a practitioner. */
    public record NewPractitioner(String username, String displayName, String jobTitle, String email,
                                  String phone, UUID agencyId, String team, Set<Role> roles) {
    }
}
