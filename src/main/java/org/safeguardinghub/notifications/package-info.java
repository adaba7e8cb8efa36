/**
 * Notifications (a shared service): the one way any module tells practitioners something, in
 * their inbox and, when e-mail is on, by e-mail from an outbox sent after the message is
 * committed. Who is told is decided by the module that tells them (its {@code …Recipients}
 * rule); this module only delivers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "access", "chronology"})
package org.safeguardinghub.notifications;
