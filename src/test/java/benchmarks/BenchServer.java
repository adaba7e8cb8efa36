package benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguardinghub.SafeguardingHubApplication;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /** With {@code --bench.alert-rules=off}, the application runs without evaluating alert rules on ingest. */
    public static void main(String[] args) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(SafeguardingHubApplication.class, Bare.class);
        if (List.of(args).contains("--bench.alert-rules=off")) {
            application.initializers(context -> context.addBeanFactoryPostProcessor(
                    factory -> ((BeanDefinitionRegistry) factory).removeBeanDefinition("chronologyWatcher")));
        }
        application.run(args);
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
        private final MeterRegistry meters;
        private final ApplicationContext context;

        Bare(JdbcTemplate jdbc, JsonMapper json, MeterRegistry meters, ApplicationContext context) {
            this.jdbc = jdbc;
            this.json = json;
            this.meters = meters;
            this.context = context;
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

        /** Total seconds spent in feed requests and in alert evaluation, for the share alerts add to ingest. */
        @GetMapping("/bench/timers")
        Map<String, Double> timers() {
            double feed = meters.find("http.server.requests").tag("uri", "/api/v1/events").timers().stream()
                    .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
            double alerts = meters.find("hub.alerts.evaluation").timers().stream()
                    .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
            return Map.of("feedSeconds", feed, "alertSeconds", alerts);
        }

        /** Runs the scheduled deadline job now and says how many children it looked at and how long it took. */
        @PostMapping("/bench/deadlines")
        Map<String, Object> deadlines() throws Exception {
            Object job = context.getBean("deadlineJob");
            Method run = job.getClass().getMethod("run");
            run.setAccessible(true);
            long start = System.nanoTime();
            Object children = run.invoke(job);
            return Map.of("children", children, "seconds", (System.nanoTime() - start) / 1e9);
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
