package org.safeguardinghub.access.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.internal.PasswordChanges;
import org.safeguardinghub.access.internal.PasswordPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A practitioner's own password (ADR 0030): changing it while signed in, and setting it with a
 * one-time link an administrator issued. About the person, never about a child. Passwords typed are
 * never put back into the page.
 */
@Controller
class PasswordController {

    private final PasswordChanges changes;

    PasswordController(PasswordChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        return changeForm(model, Map.of());
    }

    @PostMapping("/account/password")
    String change(@RequestParam Map<String, String> form, Actor.Person person, HttpServletRequest request, Model model) {
        Map<String, String> errors = changes.change(person, form.get("current"), form.get("password"),
                form.get("confirmation"), request.getSession().getId());
        if (!errors.isEmpty()) {
            return changeForm(model, errors);
        }
        return "redirect:/account/password?changed";
    }

    private String changeForm(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors).addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password";
    }

    @GetMapping("/password-reset/{token}")
    String resetForm(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (changes.resetFor(token).isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return resetForm(model, token, Map.of("password", "password.error.link"), false);
        }
        return resetForm(model, token, Map.of(), true);
    }

    @PostMapping("/password-reset/{token}")
    String reset(@PathVariable String token, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> errors = changes.reset(token, form.get("password"), form.get("confirmation"));
        if (!errors.isEmpty()) {
            return resetForm(model, token, errors, changes.resetFor(token).isPresent());
        }
        return "redirect:/login?reset";
    }

    private String resetForm(Model model, String token, Map<String, String> errors, boolean usable) {
        model.addAttribute("errors", errors).addAttribute("token", token).addAttribute("usable", usable)
                .addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password-reset";
    }
}
