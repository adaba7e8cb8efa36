package benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load run's summary (issue 18, item 9; {@code scripts/load.sh}): per request kind and overall,
 * the requests, errors, mean, p50, p95, p99 and maximum, read from the statistics table of Gatling's
 * report ({@code index.html}; Gatling 3.15 keeps its own log binary), with the errors Gatling grouped
 * and the target (p95 at most 200 ms, no error) met or not. Arguments: the report's directory, the
 * run's settings, the load average before and after.
 */
public final class LoadReport {

    /** One row of Gatling's statistics table: a name, then columns 2 to 14. */
    private static final Pattern ROW = Pattern.compile(
            "class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final Pattern ERROR = Pattern.compile(
            "<td class=\"error-col-1 total ko\">([^<]+)<span.*?<td class=\"value error-col-2 total ko\">(\\d+)</td>", Pattern.DOTALL);
    private static final double TARGET_P95_MS = 200;

    /** Gatling's figures for one kind of request, times in milliseconds. */
    record Kind(String name, long requests, long errors, double mean, double p50, double p95, double p99, double max) {

        boolean met() {
            return errors == 0 && p95 <= TARGET_P95_MS;
        }
    }

    private LoadReport() {
    }

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0], "index.html"));
        List<Kind> kinds = kinds(html);
        List<String> out = new ArrayList<>();
        out.add("Safeguarding Hub load run (issue 18): " + args[1] + "; " + Runtime.getRuntime().availableProcessors()
                + " cores; load average (1, 5, 15 min) before " + args[2] + ", after " + args[3]);
        out.add(String.format(Locale.ROOT, "%-26s %9s %7s %8s %8s %8s %8s %8s  %s", "request kind", "requests", "errors",
                "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms", "target p95 <= 200 ms, 0 errors"));
        for (Kind kind : kinds) {
            out.add(String.format(Locale.ROOT, "%-26s %9d %7d %8.0f %8.0f %8.0f %8.0f %8.0f  %s", kind.name(), kind.requests(),
                    kind.errors(), kind.mean(), kind.p50(), kind.p95(), kind.p99(), kind.max(), kind.met() ? "met" : "NOT met"));
        }
        Matcher errors = ERROR.matcher(html);
        boolean any = false;
        while (errors.find()) {
            out.add((any ? "" : "errors:\n") + "  " + errors.group(2) + " x " + errors.group(1).strip());
            any = true;
        }
        out.add(any ? "" : "errors: none");
        out.add("Gatling's report: " + Path.of(args[0], "index.html"));
        out.forEach(System.out::println);
    }

    /** "All Requests" (reported as "overall") first, then each kind in Gatling's order. */
    static List<Kind> kinds(String html) {
        List<Kind> kinds = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            double[] cells = new double[15];
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                String value = cell.group(2).strip();
                cells[Integer.parseInt(cell.group(1))] = value.equals("-") || value.isEmpty() ? Double.NaN : Double.parseDouble(value);
            }
            String name = row.group(1).strip().equals("All Requests") ? "overall" : row.group(1).strip().replace("&#39;", "'");
            kinds.add(new Kind(name, (long) cells[2], (long) cells[4], cells[13], cells[8], cells[10], cells[11], cells[12]));
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("no statistics table in Gatling's report");
        }
        return kinds;
    }
}
