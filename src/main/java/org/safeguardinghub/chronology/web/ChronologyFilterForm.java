package org.safeguardinghub.chronology.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.DateInput;
import org.springframework.web.util.UriComponentsBuilder;

/** The chronology filter as typed on the child's page (query parameters, so it can be bookmarked). */
public class ChronologyFilterForm {

    private List<String> agency = new ArrayList<>();
    private List<EventType> type = new ArrayList<>();
    private List<Significance> significance = new ArrayList<>();
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;
    private int page;

    public DateInput from() {
        return new DateInput(fromDay, fromMonth, fromYear);
    }

    public DateInput to() {
        return new DateInput(toDay, toMonth, toYear);
    }

    /** Problems with the dates, by field name, as message keys. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional.ofNullable(from().error()).ifPresent(e -> errors.put("from", e));
        Optional.ofNullable(to().error()).ifPresent(e -> errors.put("to", e));
        if (errors.isEmpty() && from().date().isPresent() && to().date().isPresent()
                && to().date().get().isBefore(from().date().get())) {
            errors.put("to", "filter.to.beforeFrom");
        }
        return errors;
    }

    /** The filter to apply; dates with errors are left out (the page shows the errors). */
    public ChronologyFilter toFilter(Agencies agencies) {
        Set<UUID> agencyIds = agency.stream().map(agencies::byCode).flatMap(Optional::stream).map(Agency::id)
                .collect(Collectors.toSet());
        boolean datesValid = errors().isEmpty();
        return new ChronologyFilter(agencyIds, Set.copyOf(type), Set.copyOf(significance),
                datesValid ? ChronologyFilter.startOf(from().date().orElse(null)) : null,
                datesValid ? ChronologyFilter.endOf(to().date().orElse(null)) : null);
    }

    public boolean isFiltered() {
        return !agency.isEmpty() || !type.isEmpty() || !significance.isEmpty() || !from().isBlank() || !to().isBlank();
    }

    /** The filter as a query string (without the page), for export links and paging. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        agency.forEach(a -> uri.queryParam("agency", a));
        type.forEach(t -> uri.queryParam("type", t.name()));
        significance.forEach(s -> uri.queryParam("significance", s.name()));
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("fromDay", fromDay);
        dates.put("fromMonth", fromMonth);
        dates.put("fromYear", fromYear);
        dates.put("toDay", toDay);
        dates.put("toMonth", toMonth);
        dates.put("toYear", toYear);
        dates.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .forEach(e -> uri.queryParam(e.getKey(), e.getValue().strip()));
        String query = uri.encode().build().getQuery();
        return Objects.requireNonNullElse(query, "");
    }

    public List<String> getAgency() {
        return agency;
    }

    public void setAgency(List<String> agency) {
        this.agency = agency == null ? new ArrayList<>() : agency;
    }

    public List<EventType> getType() {
        return type;
    }

    public void setType(List<EventType> type) {
        this.type = type == null ? new ArrayList<>() : type;
    }

    public List<Significance> getSignificance() {
        return significance;
    }

    public void setSignificance(List<Significance> significance) {
        this.significance = significance == null ? new ArrayList<>() : significance;
    }

    public String getFromDay() {
        return fromDay;
    }

    public void setFromDay(String fromDay) {
        this.fromDay = fromDay;
    }

    public String getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(String fromMonth) {
        this.fromMonth = fromMonth;
    }

    public String getFromYear() {
        return fromYear;
    }

    public void setFromYear(String fromYear) {
        this.fromYear = fromYear;
    }

    public String getToDay() {
        return toDay;
    }

    public void setToDay(String toDay) {
        this.toDay = toDay;
    }

    public String getToMonth() {
        return toMonth;
    }

    public void setToMonth(String toMonth) {
        this.toMonth = toMonth;
    }

    public String getToYear() {
        return toYear;
    }

    public void setToYear(String toYear) {
        this.toYear = toYear;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
