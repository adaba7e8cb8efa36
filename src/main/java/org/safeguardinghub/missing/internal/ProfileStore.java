package org.safeguardinghub.missing.internal;

import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.MissingProfile;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Missing profiles, each save a new version: SQL and nothing else. */
@Repository
public class ProfileStore {

    private final JdbcClient jdbc;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MissingProfile> current(ChildId child) {
        return jdbc.sql("""
                select id, child_id, version, description, photo_reference, phone_numbers, social_media, associates, places,
                       triggers, what_works, recorded_by, recorded_at
                from missing.profile where child_id = :c order by version desc limit 1""")
                .param("c", child.value())
                .query((rs, n) -> new MissingProfile(rs.getObject("id", UUID.class), child, rs.getInt("version"),
                        rs.getString("description"), rs.getString("photo_reference"), rs.getString("phone_numbers"),
                        rs.getString("social_media"), rs.getString("associates"), rs.getString("places"),
                        rs.getString("triggers"), rs.getString("what_works"), rs.getString("recorded_by"),
                        EpisodeStore.instant(rs, "recorded_at")))
                .optional();
    }

    /** Saves the next version; the unique (child, version) refuses a second save of the same version at once. */
    public void insert(MissingProfile p) {
        jdbc.sql("""
                insert into missing.profile (id, child_id, version, description, photo_reference, phone_numbers, social_media,
                                             associates, places, triggers, what_works, recorded_by, recorded_at)
                values (:id, :child, :version, :description, :photo, :phones, :social, :associates, :places, :triggers,
                        :works, :by, :at)""")
                .param("id", p.id()).param("child", p.child().value()).param("version", p.version())
                .param("description", p.description()).param("photo", p.photoReference())
                .param("phones", p.phoneNumbers()).param("social", p.socialMedia()).param("associates", p.associates())
                .param("places", p.places()).param("triggers", p.triggers()).param("works", p.whatWorks())
                .param("by", p.recordedBy()).param("at", Timestamps.of(p.recordedAt())).update();
    }
}
