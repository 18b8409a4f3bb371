package org.parley.mail;

import java.util.Map;

/** A mail in two parts, plain text and HTML, with headers of its own (List-Unsubscribe). */
public record Mail(String to, String subject, String text, String html, Map<String, String> headers) {
}
