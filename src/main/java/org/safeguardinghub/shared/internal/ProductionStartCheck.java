package org.safeguardinghub.shared.internal;

import java.util.List;

import org.safeguardinghub.shared.StartRefused;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Applies the {@link ProductionStartPolicy} once the configuration is read and before anything
 * starts, the embedded database included (registered in META-INF/spring.factories): a refused start
 * names every missing or forbidden setting and what to do about it.
 */
public final class ProductionStartCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<ProductionStartPolicy.Reason> refusals = ProductionStartPolicy.refusals(settings(environment));
        if (!refusals.isEmpty()) {
            throw new StartRefused("The production profile is active but "
                    + String.join(", ", refusals.stream().map(r -> r.setting() + (r == ProductionStartPolicy.Reason
                    .DEMO_DATA_REQUESTED ? " is true" : " is not set")).toList()) + ".",
                    String.join("; ", refusals.stream().map(ProductionStartPolicy.Reason::action).toList()) + ".");
        }
    }

    static ProductionStartPolicy.Settings settings(Environment environment) {
        return new ProductionStartPolicy.Settings(environment.acceptsProfiles(Profiles.of(ProductionStartPolicy.PROFILE)),
                isSet(environment, "spring.datasource.url"),
                isSet(environment, "safeguarding.access.key-encryption.secret"),
                environment.getProperty("safeguarding.demo.enabled", Boolean.class, false));
    }

    private static boolean isSet(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
