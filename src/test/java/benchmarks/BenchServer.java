package benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguardinghub.SafeguardingHubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as it ships, plus, for the benchmark only, a "bare" chronology endpoint that runs
 * the same SQL as the API and writes JSON with no security, audit or mapping layers, and a heap
 * probe. It lives in test sources, outside the application's packages, so it can never be part of
 * the product.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(SafeguardingHubApplication.class, Bare.class).run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @RestController
    static class Bare {

        static final String SQL = """
                select id, event_id, version, agency_id, source_event_id, type, occurred_at, occurred_date_only,
                       ended_at, ended_date_only, summary, details::text as details, significance, sensitivity,
                       recorded_at, recorded_by, correction_reason
                from chronology.event
                where child_id = ? and not superseded
                order by occurred_at desc, id desc limit 51""";

        private final JdbcTemplate jdbc;
        private final JsonMapper json;

        Bare(JdbcTemplate jdbc, JsonMapper json) {
            this.jdbc = jdbc;
            this.json = json;
        }

        @Bean
        @Order(0)
        SecurityFilterChain benchOnly(HttpSecurity http) {
            http.securityMatcher("/bench/**").authorizeHttpRequests(r -> r.anyRequest().permitAll())
                    .csrf(c -> c.disable());
            return http.build();
        }

        @GetMapping("/bench/bare/children/{id}/chronology")
        void chronology(@PathVariable UUID id, HttpServletResponse response) throws IOException {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
                out.writeStartObject();
                out.writeArrayPropertyStart("events");
                jdbc.query(SQL, (ResultSet rs) -> {
                    out.writeStartObject();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.writeName(rs.getMetaData().getColumnLabel(i));
                        String value = rs.getString(i);
                        if (value == null) {
                            out.writeNull();
                        } else {
                            out.writeString(value);
                        }
                    }
                    out.writeEndObject();
                }, id);
                out.writeEndArray();
                out.writeEndObject();
            }
        }

        /** Heap in use after a full collection: what the application needs, not what it has not yet freed. */
        @GetMapping("/bench/heap")
        Map<String, Long> heap() {
            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return Map.of("usedBytes", heap.getUsed(), "committedBytes", heap.getCommitted(), "maxBytes", heap.getMax());
        }
    }
}
