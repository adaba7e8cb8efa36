package org.safeguardinghub.access.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.internal.SecondFactorEnrolment;
import org.safeguardinghub.access.internal.SecondFactorSignIn;
import org.safeguardinghub.access.internal.TotpPolicy;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A practitioner's second factor (ADR 0030): the code page after the password, and the page where
 * they set one up. About the person signed in, never about a child.
 */
@Controller
class SecondFactorController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SecondFactorSignIn signIn;
    private final SecondFactorEnrolment enrolment;

    SecondFactorController(SecondFactorSignIn signIn, SecondFactorEnrolment enrolment) {
        this.signIn = signIn;
        this.enrolment = enrolment;
    }

    @GetMapping("/login/second-factor")
    String step(Model model) {
        if (!SecondFactorSignIn.pending()) {
            return "redirect:/";
        }
        model.addAttribute("errors", Map.of());
        return "account/second-factor-step";
    }

    @PostMapping("/login/second-factor")
    String completeStep(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        SecondFactorSignIn.Result result = signIn.complete(code, request, response);
        return switch (result) {
            case SIGNED_IN, NOT_PENDING -> "redirect:/";
            case LOCKED -> "redirect:/login?error";
            default -> {
                model.addAttribute("errors", Map.of("code", result.messageKey()));
                yield "account/second-factor-step";
            }
        };
    }

    @GetMapping("/account/second-factor")
    String account(Actor.Person person, Model model) {
        return account(person, model, Map.of());
    }

    @PostMapping("/account/second-factor")
    String start(Actor.Person person) {
        enrolment.start(person);
        return "redirect:/account/second-factor";
    }

    @PostMapping("/account/second-factor/confirm")
    String confirm(@RequestParam(name = "code", required = false) String code, Actor.Person person, Model model) {
        TotpPolicy.Decision decision = enrolment.confirm(person, code);
        if (!decision.accepted()) {
            return account(person, model, Map.of("code", decision.reason().messageKey()));
        }
        return "redirect:/account/second-factor?enrolled";
    }

    private String account(Actor.Person person, Model model, Map<String, String> errors) {
        SecondFactorEnrolment.Status status = enrolment.status(person);
        model.addAttribute("status", status).addAttribute("errors", errors)
                .addAttribute("confirmedOn", status.confirmed() ? DATE.format(status.confirmedSince().atZone(HubTime.ZONE)) : null);
        return "account/second-factor";
    }
}
