package org.safeguardinghub.risk.web;

import java.util.Locale;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.ContextNetwork;
import org.safeguardinghub.risk.NetworkView;
import org.safeguardinghub.risk.internal.RiskTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The network view of an area: which children share a place, group or person of concern, as SVG and as a table. */
@Controller
class RiskNetworkController {

    private final ContextNetwork network;
    private final RiskTexts texts;

    RiskNetworkController(ContextNetwork network, RiskTexts texts) {
        this.network = network;
        this.texts = texts;
    }

    @GetMapping("/risk/network")
    String network(@RequestParam(required = false) String area, @RequestParam(required = false) String kind,
                   @RequestParam(defaultValue = "0") int page, Actor viewer, Model model, Locale locale) {
        ContextKind chosen = RiskPages.choice(ContextKind.class, kind).orElse(null);
        NetworkView view = network.view(viewer, area, chosen, page);
        model.addAttribute("view", view).addAttribute("kinds", ContextKind.values())
                .addAttribute("layout", NetworkLayout.layout(view, this::label))
                .addAttribute("names", view.children().stream().collect(java.util.stream.Collectors.toMap(
                        NetworkView.ChildNode::id, c -> c, (a, b) -> a)))
                .addAttribute("more", view.contexts().stream().filter(c -> c.more() > 0).collect(
                        java.util.stream.Collectors.toMap(NetworkView.ContextNode::id, c -> texts.reasons(c.why()))));
        return "risk/network";
    }

    /** A context's words: its name, or its kind and whom to ask where the viewer may not read what it is. */
    String label(NetworkView.ContextNode c) {
        return c.readable() ? c.label() : texts.text("risk.network.restrictedLabel", texts.text("risk.context.kind." + c.kind()),
                c.id().toString().substring(0, 4));
    }
}
