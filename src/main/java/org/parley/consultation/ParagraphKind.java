package org.parley.consultation;

/** What a paragraph was in the source text; the reading page lays it out accordingly. */
public enum ParagraphKind {
    PARAGRAPH,
    BULLET_ITEM,
    ORDERED_ITEM,
    QUOTE,
    TABLE,
    CODE
}
