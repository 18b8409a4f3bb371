package org.parley.session;

/** An organiser as the admin page shows them: by name, and by the email the admin appointed them with. */
public record OrganiserView(long accountId, String displayName, String email) {
}
