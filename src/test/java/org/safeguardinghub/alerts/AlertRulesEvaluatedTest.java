package org.safeguardinghub.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;

class AlertRulesEvaluatedTest {

    @Test
    void oneEvaluationPerChildAndCodeSoTheOrderInTheBatchCannotMatter() {
        ChildId child = new ChildId(UUID.randomUUID());
        assertThatThrownBy(() -> new AlertRulesEvaluated(List.of(AlertRuleEvaluated.notMet(child, AlertCode.PLAN_DRIFT),
                AlertRuleEvaluated.notMet(child, AlertCode.PLAN_DRIFT)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneChildMayHaveSeveralCodesAndSeveralChildrenOneCode() {
        ChildId child = new ChildId(UUID.randomUUID());
        ChildId other = new ChildId(UUID.randomUUID());
        assertThat(new AlertRulesEvaluated(List.of(AlertRuleEvaluated.notMet(child, AlertCode.PLAN_DRIFT),
                AlertRuleEvaluated.notMet(child, AlertCode.MEETING_OVERDUE),
                AlertRuleEvaluated.notMet(other, AlertCode.PLAN_DRIFT))).evaluations()).hasSize(3);
    }
}
