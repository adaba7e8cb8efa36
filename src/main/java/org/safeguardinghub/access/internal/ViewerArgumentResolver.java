package org.safeguardinghub.access.internal;

import java.util.List;

import org.safeguardinghub.access.CurrentViewer;
import org.safeguardinghub.access.Viewer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take the current {@link Viewer} (or a more specific kind) as a parameter. */
@Configuration(proxyBeanMethods = false)
class ViewerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final CurrentViewer currentViewer;

    ViewerArgumentResolver(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Viewer.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Viewer viewer = currentViewer.get();
        if (!parameter.getParameterType().isInstance(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "This endpoint is not for " + viewer.getClass().getSimpleName());
        }
        return viewer;
    }
}
