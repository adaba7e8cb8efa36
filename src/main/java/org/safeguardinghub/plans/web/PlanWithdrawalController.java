package org.safeguardinghub.plans.web;

import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanWithdrawals;
import org.safeguardinghub.plans.Plans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agency leaving a plan, and closing a plan: each page says first whether a multi-agency review
 * allows it, and why; asking anyway is refused, kept and alerted.
 */
@Controller
class PlanWithdrawalController {

    private final ChildRecords records;
    private final Plans plans;
    private final PlanWithdrawals withdrawals;
    private final PlanPage page;
    private final PlanTexts texts;

    PlanWithdrawalController(ChildRecords records, Plans plans, PlanWithdrawals withdrawals, PlanPage page, PlanTexts texts) {
        this.records = records;
        this.plans = plans;
        this.withdrawals = withdrawals;
        this.page = page;
        this.texts = texts;
    }

    @GetMapping("/children/{id}/plans/{planId}/leave")
    String leaveForm(@PathVariable String id, @PathVariable UUID planId, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "leave plan " + planId);
        return form(model, record, PlanController.plan(plans, record, planId), "leave", "", Map.of());
    }

    @PostMapping("/children/{id}/plans/{planId}/leave")
    String leave(@PathVariable String id, @PathVariable UUID planId, @RequestParam(defaultValue = "") String reason,
                 Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "leave plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        PlanWithdrawals.Result result = withdrawals.leave(record, plan, viewer.agency().id(), reason);
        return result.done() ? "redirect:/children/" + record.child() + "/plans/" + planId
                : form(model, record, PlanController.plan(plans, record, planId), "leave", reason, result.problems());
    }

    @GetMapping("/children/{id}/plans/{planId}/close")
    String closeForm(@PathVariable String id, @PathVariable UUID planId, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "close plan " + planId);
        return form(model, record, PlanController.plan(plans, record, planId), "close", "", Map.of());
    }

    @PostMapping("/children/{id}/plans/{planId}/close")
    String close(@PathVariable String id, @PathVariable UUID planId, @RequestParam(defaultValue = "") String reason,
                 Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "close plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        PlanWithdrawals.Result result = withdrawals.close(record, plan, reason);
        return result.done() ? "redirect:/children/" + record.child() + "/plans/" + planId
                : form(model, record, PlanController.plan(plans, record, planId), "close", reason, result.problems());
    }

    private String form(Model model, OpenRecord record, Plan plan, String mode, String reason, Map<String, String> errors) {
        model.addAllAttributes(page.model(record, plan));
        boolean leaving = mode.equals("leave");
        model.addAttribute("mode", mode).addAttribute("reason", reason).addAttribute("errors", errors)
                .addAttribute("standing", texts.withdrawal(leaving
                        ? withdrawals.leaving(plan, record.viewer().agency().id()) : withdrawals.closing(plan)))
                .addAttribute("allowed", (leaving ? withdrawals.mayLeave(record, plan, record.viewer().agency().id())
                        : plans.mayChange(record, plan)).allowed())
                .addAttribute("reviewed", (leaving ? withdrawals.leaving(plan, record.viewer().agency().id())
                        : withdrawals.closing(plan)).allowed());
        return "plans/withdraw";
    }
}
