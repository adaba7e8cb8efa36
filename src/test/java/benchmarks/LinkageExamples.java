package benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import benchmarks.AgencyExtracts.Row;
import benchmarks.ChildPopulation.Child;

/**
 * Examples of what went wrong, for a person reading a run ({@code --examples=N}): records of
 * different children put on one record, by relation, and one child's records left on several.
 */
final class LinkageExamples {

    private LinkageExamples() {
    }

    static void print(List<Row> rows, List<Child> children, FeedRun.Answer[] answers, int limit, Consumer<String> out) {
        Map<String, List<Integer>> byCluster = new LinkedHashMap<>();
        Map<Integer, List<Integer>> byChild = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byCluster.computeIfAbsent(answers[i].childId(), k -> new ArrayList<>()).add(i);
            byChild.computeIfAbsent(rows.get(i).child(), k -> new ArrayList<>()).add(i);
        }
        int shown = 0;
        for (List<Integer> members : byCluster.values()) {
            if (members.stream().map(i -> rows.get(i).child()).distinct().count() > 1 && shown++ < limit) {
                out.accept("records of more than one child on one record:");
                members.forEach(i -> out.accept("    " + describe(rows.get(i), children, answers[i])));
            }
        }
        int missed = 0;
        for (List<Integer> records : byChild.values()) {
            long clusters = records.stream().map(i -> answers[i].childId()).distinct().count();
            if (clusters > 1 && missed++ < limit) {
                out.accept("one child on " + clusters + " records:");
                records.forEach(i -> out.accept("    " + describe(rows.get(i), children, answers[i])));
            }
        }
    }

    private static String describe(Row row, List<Child> children, FeedRun.Answer answer) {
        Child child = children.get(row.child());
        return String.format("%-7s %-9s %-8s %-14s %-16s %s %s %-7s %-22s | %s %s | true %s %s %s %s",
                row.agency(), answer.match(), answer.childId().substring(answer.childId().length() - 8), row.given(),
                row.family(), row.born(),
                row.sex(), row.postcode(), row.address(), row.nhs() != null ? "nhs " + row.nhs() : "",
                row.upn() != null ? "upn" : row.localId(), child.id(), child.given(), child.family(), child.born());
    }
}
