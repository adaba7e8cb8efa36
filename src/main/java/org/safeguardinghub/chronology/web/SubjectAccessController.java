package org.safeguardinghub.chronology.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.BreakGlass;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.KnownChildren;
import org.safeguardinghub.chronology.SubjectAccess;
import org.safeguardinghub.shared.DateInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access requests, for the data protection officer: find the child exactly (NHS number, or
 * name and date of birth as recorded), then see or download everything held, third parties and
 * restricted entries marked for review. The lookup is a form post, so no name is in an address.
 */
@Controller
class SubjectAccessController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubjectAccess subjectAccess;
    private final KnownChildren known;

    SubjectAccessController(SubjectAccess subjectAccess, KnownChildren known) {
        this.subjectAccess = subjectAccess;
        this.known = known;
    }

    @GetMapping("/subject-access")
    String form(Actor viewer, Model model) {
        requireDpo(viewer);
        return form(model, Map.of(), new DateInput(null, null, null), null, null, null);
    }

    @PostMapping("/subject-access")
    String find(@RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String givenName,
                @RequestParam(required = false) String familyName, @RequestParam(required = false) String dobDay,
                @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
                Actor viewer, Model model) {
        requireDpo(viewer);
        DateInput dob = new DateInput(dobDay, dobMonth, dobYear);
        boolean byNhs = nhsNumber != null && !nhsNumber.isBlank();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!byNhs && (blank(givenName) || blank(familyName) || dob.date().isEmpty())) {
            errors.put("child", dob.error() != null ? dob.error() : "subjectAccess.error.who");
        }
        List<ChildId> found = errors.isEmpty() ? known.exactly(new BreakGlass.Identification(nhsNumber, givenName,
                familyName, dob.date().orElse(null))) : List.of();
        if (errors.isEmpty() && found.size() != 1) {
            errors.put("child", found.isEmpty() ? "subjectAccess.error.none" : "subjectAccess.error.several");
        }
        if (!errors.isEmpty()) {
            return form(model, errors, dob, nhsNumber, givenName, familyName);
        }
        return "redirect:/subject-access/" + found.getFirst();
    }

    @GetMapping("/subject-access/{childId}")
    String show(@PathVariable String childId, Actor viewer, Model model) {
        model.addAttribute("export", export(viewer, childId));
        return "children/subject-access";
    }

    @GetMapping("/subject-access/{childId}.json")
    ResponseEntity<byte[]> download(@PathVariable String childId, Actor viewer) {
        SubjectAccess.Export export = export(viewer, childId);
        byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-" + export.child() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private SubjectAccess.Export export(Actor viewer, String childId) {
        requireDpo(viewer);
        return ChildId.parse(childId).flatMap(child -> subjectAccess.export(viewer, child))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, Map<String, String> errors, DateInput dob, String nhsNumber, String givenName,
                        String familyName) {
        model.addAttribute("errors", errors).addAttribute("dob", dob).addAttribute("nhsNumber", nhsNumber)
                .addAttribute("givenName", givenName).addAttribute("familyName", familyName);
        return "children/subject-access-find";
    }

    private static void requireDpo(Actor viewer) {
        if (SubjectAccess.mayExport(viewer).refused()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
