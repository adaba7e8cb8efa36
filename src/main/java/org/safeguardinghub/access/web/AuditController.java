package org.safeguardinghub.access.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.internal.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data protection officer's audit pages (only that role reaches /audit, SecurityConfiguration):
 * the partnership's unusual access with a look-up of a child or a user, a child's entries and a
 * user's. Every page is itself audited, by {@link AuditTrail}.
 */
@Controller
class AuditController {

    private static final String CHILD_ID_PREFIX = "c-";
    private static final Pattern UUID_FORM =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String index(Actor reader, Model model) {
        return index(reader, model, Map.of(), Map.of());
    }

    @GetMapping("/audit/children")
    String child(@RequestParam(required = false) String child, @RequestParam(defaultValue = "1") int page,
                 Actor reader, Model model) {
        Optional<UUID> id = uuid(child);
        if (id.isEmpty()) {
            String problem = child == null || child.isBlank() ? "audit.lookup.child.missing" : "audit.lookup.child.invalid";
            return index(reader, model, Map.of("child", child == null ? "" : child), Map.of("child", problem));
        }
        model.addAttribute("childId", CHILD_ID_PREFIX + id.get()).addAttribute("page", trail.ofChild(reader, id.get(), page));
        return "audit/child";
    }

    @GetMapping("/audit/users")
    String user(@RequestParam(required = false) String username, @RequestParam(defaultValue = "1") int page,
                Actor reader, Model model) {
        if (username == null || username.isBlank()) {
            return index(reader, model, Map.of("username", ""), Map.of("username", "audit.lookup.user.missing"));
        }
        String name = username.strip();
        model.addAttribute("username", name).addAttribute("page", trail.ofUser(reader, name, page));
        return "audit/user";
    }

    private String index(Actor reader, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form).addAttribute("errors", errors).addAttribute("unusual", trail.unusual(reader));
        return "audit/index";
    }

    /**
     * A child's id as pages show it ({@code c-} and a UUID, as chronology's ChildId, which this module
     * may not use), or the bare UUID; {@link UUID#fromString} alone would take forms such as 1-2-3-4-5.
     */
    private static Optional<UUID> uuid(String text) {
        String id = text == null ? "" : text.strip();
        id = id.startsWith(CHILD_ID_PREFIX) ? id.substring(CHILD_ID_PREFIX.length()) : id;
        return UUID_FORM.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }
}
