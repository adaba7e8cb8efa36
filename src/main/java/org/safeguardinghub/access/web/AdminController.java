package org.safeguardinghub.access.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Administration;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.ApiClients;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.internal.PasswordResetProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administration pages: agencies, practitioners and partner API clients (administrators only). */
@Controller
class AdminController {

    private final Agencies agencies;
    private final Practitioners practitioners;
    private final ApiClients clients;
    private final Administration administration;
    private final PasswordResetProperties resets;

    AdminController(Agencies agencies, Practitioners practitioners, ApiClients clients, Administration administration,
                    PasswordResetProperties resets) {
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.clients = clients;
        this.administration = administration;
        this.resets = resets;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("agencies", agencies.all())
                .addAttribute("practitioners", practitioners.all())
                .addAttribute("clients", clients.all());
        return "admin/index";
    }

    @GetMapping("/admin/agencies/new")
    String agencyForm(Model model) {
        return agencyForm(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/agencies")
    String addAgency(@RequestParam Map<String, String> form, Actor viewer, Model model) {
        var outcome = administration.addAgency(Administration.ChangedBy.of(viewer), form.get("code"), form.get("name"),
                form.get("type"), form.get("area"));
        if (!outcome.ok()) {
            return agencyForm(model, form, outcome.errors());
        }
        return "redirect:/admin";
    }

    private String agencyForm(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("types", List.of(AgencyType.values()));
        return "admin/agency";
    }

    @GetMapping("/admin/practitioners/new")
    String practitionerForm(Model model) {
        return practitionerForm(model, Map.of(), Set.of(), Map.of());
    }

    @PostMapping("/admin/practitioners")
    String addPractitioner(@RequestParam Map<String, String> form,
                           @RequestParam(name = "roles", required = false) Set<String> roles,
                           Actor viewer, Model model) {
        var outcome = administration.addPractitioner(Administration.ChangedBy.of(viewer), form.get("username"),
                form.get("displayName"), form.get("jobTitle"), form.get("email"), form.get("phone"),
                form.get("agency"), form.get("team"), roles, null);
        if (!outcome.ok()) {
            return practitionerForm(model, form, roles == null ? Set.of() : roles, outcome.errors());
        }
        model.addAttribute("kind", "practitioner")
                .addAttribute("name", outcome.made().practitioner().username())
                .addAttribute("secret", outcome.made().initialPassword());
        return "admin/created";
    }

    private String practitionerForm(Model model, Map<String, String> form, Set<String> roles, Map<String, String> errors) {
        model.addAttribute("form", form).addAttribute("selectedRoles", roles).addAttribute("errors", errors)
                .addAttribute("agencies", agencies.all()).addAttribute("roles", List.of(Role.values()));
        return "admin/practitioner";
    }

    /** Ends the practitioner's access now, their open sessions included (issue 18). */
    @PostMapping("/admin/practitioners/{username}/deactivate")
    String deactivatePractitioner(@PathVariable String username, Actor viewer) {
        administration.deactivatePractitioner(Administration.ChangedBy.of(viewer), username);
        return "redirect:/admin";
    }

    @GetMapping("/admin/practitioners/{username}/roles")
    String rolesForm(@PathVariable String username, Model model) {
        Practitioner practitioner = active(username);
        return rolesForm(model, practitioner,
                practitioner.roles().stream().map(Role::name).collect(Collectors.toSet()), Map.of());
    }

    /** Changes the practitioner's roles; their open sessions end (ADR 0028). */
    @PostMapping("/admin/practitioners/{username}/roles")
    String changeRoles(@PathVariable String username, @RequestParam(name = "roles", required = false) Set<String> roles,
                       Actor viewer, Model model) {
        Practitioner practitioner = active(username);
        var outcome = administration.changeRoles(Administration.ChangedBy.of(viewer), username, roles);
        if (!outcome.ok()) {
            return rolesForm(model, practitioner, roles == null ? Set.of() : roles, outcome.errors());
        }
        return "redirect:/admin";
    }

    private String rolesForm(Model model, Practitioner practitioner, Set<String> selected, Map<String, String> errors) {
        model.addAttribute("practitioner", practitioner).addAttribute("selectedRoles", selected)
                .addAttribute("errors", errors).addAttribute("roles", List.of(Role.values()));
        return "admin/roles";
    }

    private Practitioner active(String username) {
        return practitioners.byUsername(username).filter(Practitioner::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Removes the practitioner's second factor (a lost phone); audited. */
    @PostMapping("/admin/practitioners/{username}/second-factor/reset")
    String resetSecondFactor(@PathVariable String username, Actor viewer) {
        administration.resetSecondFactor(Administration.ChangedBy.of(viewer), username);
        return "redirect:/admin";
    }

    /** Issues a one-time password-reset link and shows it to the administrator, once. */
    @PostMapping("/admin/practitioners/{username}/password-reset")
    String issuePasswordReset(@PathVariable String username, Actor viewer, Model model) {
        var outcome = administration.issuePasswordReset(Administration.ChangedBy.of(viewer), username);
        if (!outcome.ok()) {
            return "redirect:/admin";
        }
        model.addAttribute("username", username).addAttribute("validFor", resets.validFor().toHours())
                .addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/password-reset/{token}").buildAndExpand(outcome.made()).toUriString());
        return "admin/reset-link";
    }

    /** Ends the client's access now, the tokens it holds included. */
    @PostMapping("/admin/clients/{clientId}/deactivate")
    String deactivateClient(@PathVariable String clientId, Actor viewer) {
        administration.deactivateClient(Administration.ChangedBy.of(viewer), clientId);
        return "redirect:/admin";
    }

    @GetMapping("/admin/clients/new")
    String clientForm(Model model) {
        return clientForm(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/clients")
    String addClient(@RequestParam Map<String, String> form, Actor viewer, Model model) {
        var outcome = administration.addClient(Administration.ChangedBy.of(viewer), form.get("clientId"),
                form.get("agency"), form.get("description"));
        if (!outcome.ok()) {
            return clientForm(model, form, outcome.errors());
        }
        model.addAttribute("kind", "client")
                .addAttribute("name", outcome.made().client().clientId())
                .addAttribute("secret", outcome.made().secret());
        return "admin/created";
    }

    private String clientForm(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form).addAttribute("errors", errors).addAttribute("agencies", agencies.all());
        return "admin/client";
    }
}
