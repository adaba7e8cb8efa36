package org.safeguardinghub.missing.web;

import java.util.List;

import org.safeguardinghub.missing.EpisodeSubmission;
import org.safeguardinghub.missing.InterviewSubmission;
import org.safeguardinghub.missing.PlanSubmission;
import org.safeguardinghub.missing.ProfileSubmission;
import org.safeguardinghub.missing.ReturnSubmission;
import org.safeguardinghub.missing.internal.Moment;
import org.safeguardinghub.shared.DateInput;
import org.springframework.util.MultiValueMap;

/** The missing module's forms as posted, read into the submissions the facades check. */
final class FormFields {

    private final MultiValueMap<String, String> form;

    FormFields(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String field) {
        return form.getFirst(field);
    }

    boolean ticked(String field) {
        return "true".equals(form.getFirst(field));
    }

    List<String> all(String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values;
    }

    /** A moment in the date boxes {@code <name>Day}, {@code <name>Month}, {@code <name>Year} and the time {@code <name>Time}. */
    Moment moment(String name) {
        return new Moment(new DateInput(text(name + "Day"), text(name + "Month"), text(name + "Year")), text(name + "Time"));
    }

    ReturnSubmission found(String moment) {
        return new ReturnSubmission(moment(moment), text("foundAt"), text("foundWith"), text("injuries"), text("intoxicated"),
                text("disclosures"));
    }

    EpisodeSubmission episode() {
        return new EpisodeSubmission(text("from"), text("absence"), text("reportedToPolice"), text("policeReference"),
                text("riskGrading"), moment("started"), moment("ended"), found("ended"));
    }

    InterviewSubmission interview() {
        return new InterviewSubmission(moment("offered"), text("accepted"), moment("completed"), text("childsVoice"),
                text("pushFactors"), text("pullFactors"), all("indicators"), ticked("limitedSharing"));
    }

    ProfileSubmission profile() {
        return new ProfileSubmission(text("description"), text("photoReference"), text("phoneNumbers"), text("socialMedia"),
                text("associates"), text("places"), text("triggers"), text("whatWorks"));
    }

    PlanSubmission plan() {
        List<PlanSubmission.StageRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < PlanSubmission.ROWS; i++) {
            String at = "stage-" + i + "-";
            rows.add(new PlanSubmission.StageRow(text(at + "label"), text(at + "hours"), text(at + "minutes"),
                    text(at + "actions"), text(at + "whoIsCalled"), ticked(at + "tellPolice"), ticked(at + "strategyMeeting")));
        }
        return new PlanSubmission(text("triggers"), rows);
    }
}
