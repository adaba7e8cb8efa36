package org.safeguardinghub.access.web;

import org.safeguardinghub.access.internal.OidcGroupMapping;
import org.safeguardinghub.access.internal.OidcProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's POST. With single sign-on on (ADR 0030) it
 * also offers the organisation's identity provider and explains a refusal by its reason.
 */
@Controller
class LoginController {

    private final OidcProperties singleSignOn;

    LoginController(OidcProperties singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "refused", required = false) String refused, Model model) {
        model.addAttribute("singleSignOn", singleSignOn.enabled())
                .addAttribute("singleSignOnName", singleSignOn.displayName())
                .addAttribute("singleSignOnPath", "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID)
                .addAttribute("refusal", OidcGroupMapping.refusalMessageKey(refused).orElse(null));
        return "login";
    }
}
