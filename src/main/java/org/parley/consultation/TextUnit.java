package org.parley.consultation;

/**
 * What a consultation calls the units of its text, chosen by an admin: pages say "Comments on message 3" for
 * EuroDIG and "Comments on article 3" for a law. The words are the messages {@code unit.<NAME>.<form>}: {@code label} ("Message 3"), {@code labels}, {@code numbered}
 * ("comments on message 3", in French "le message 3"), {@code this}, {@code our} and {@code count} (with its plurals).
 */
public enum TextUnit {
    MESSAGE, PARAGRAPH, ARTICLE, RECOMMENDATION
}
