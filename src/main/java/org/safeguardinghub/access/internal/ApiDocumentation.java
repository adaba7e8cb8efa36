package org.safeguardinghub.access.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.safeguardinghub.access.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (browsable at {@code /swagger-ui.html}): the
 * partner API with its OAuth 2.0 client-credentials security. The caller ({@link Actor}) comes
 * from the token, so it is not a parameter partners see.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI partnerApiDescription() {
        return new OpenAPI()
                .info(new Info().title("Safeguarding Hub partner API").version("v1")
                        .description("The partner event feed, contract v1: partner agencies' systems send what they "
                                + "know about a child as events and read back the child's merged chronology. Get a "
                                + "token from POST /oauth2/token (client credentials, HTTP Basic). Errors are RFC 9457 "
                                + "problem documents.")
                        .license(new License().name("Apache License 2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes("partner", new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token")))))
                .addSecurityItem(new SecurityRequirement().addList("partner"));
    }
}
