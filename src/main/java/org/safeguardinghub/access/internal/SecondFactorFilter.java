package org.safeguardinghub.access.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a {@link PendingSecondFactor} on the code page: anything else (but signing out, signing in
 * afresh and static files) is sent there. Placed before authorisation, so a page needing a role
 * answers the code page, not "forbidden".
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String PAGE = "/login/second-factor";
    private static final Set<String> OPEN = Set.of(PAGE, "/login", "/logout", "/error", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean open = OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/assets/");
        if (SecondFactorSignIn.pending() && !open) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
