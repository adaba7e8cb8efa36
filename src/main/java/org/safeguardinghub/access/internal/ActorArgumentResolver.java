package org.safeguardinghub.access.internal;

import java.util.List;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.CurrentActor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take the current {@link Actor} (or a more specific kind) as a parameter. */
@Configuration(proxyBeanMethods = false)
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final CurrentActor currentViewer;

    ActorArgumentResolver(CurrentActor currentViewer) {
        this.currentViewer = currentViewer;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Actor viewer = currentViewer.get();
        if (!parameter.getParameterType().isInstance(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "This endpoint is not for " + viewer.getClass().getSimpleName());
        }
        return viewer;
    }
}
