package org.safeguardinghub.shared;

/**
 * The application will not start, and says why and what to do: thrown at start-up when going on
 * would lose or expose something (a secret that is missing or wrong). Spring Boot prints the
 * problem and the action instead of a stack trace.
 */
public class StartRefused extends RuntimeException {

    private final String action;

    /**
     * @param problem what is wrong, in words an operator understands
     * @param action  what the operator should do about it
     */
    public StartRefused(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public StartRefused(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
