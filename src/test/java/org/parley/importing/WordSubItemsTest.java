package org.parley.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;

import static org.assertj.core.api.Assertions.assertThat;

class WordSubItemsTest {

    @Test
    void inAnOrdinaryTextNumberedSubItemsAreNestedListsOfTheirItem() {
        List<ParagraphOutline> paragraphs = new DocxImporter().parse(Docx.listWithSubItems()).outline().sections().get(0).paragraphs();

        assertThat(paragraphs).extracting(ParagraphOutline::kind).containsExactly(ParagraphKind.PARAGRAPH,
                ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH,
                ParagraphKind.ORDERED_ITEM, ParagraphKind.ORDERED_ITEM, ParagraphKind.PARAGRAPH);
        assertThat(paragraphs).extracting(ParagraphOutline::number).containsOnlyNulls();
        ParagraphOutline first = paragraphs.get(5);
        assertThat(first.html()).isEqualTo(
                "Map the actors<ol><li>in Africa<ol><li>with the regional forums</li></ol></li><li>in Asia</li></ol>");
        assertThat(first.text()).isEqualTo("Map the actors\n\na. in Africa\n\n   i. with the regional forums\n\nb. in Asia");
        assertThat(paragraphs.get(6).html()).isEqualTo("Convene them");
    }

    @Test
    void inATextNumberedByParagraphSubItemsKeepTheirOwnNumbers() {
        List<ParagraphOutline> paragraphs = new DocxImporter().parse(Docx.nestedNumbers()).outline().sections().get(0).paragraphs();

        assertThat(paragraphs).extracting(ParagraphOutline::number)
                .containsExactly("1", "2", "3", "3(a)", "3(a)(i)", "3(a)(ii)", "3(b)", "4");
    }

    @Test
    void wordsListLevelTellsARomanNumeralUnderHFromTheLetterI() {
        List<ParagraphOutline> paragraphs = new DocxImporter().parse(Docx.romanUnderH()).outline().sections().get(0).paragraphs();

        assertThat(paragraphs).extracting(ParagraphOutline::number).containsExactly("1", "1(a)", "1(b)", "1(c)", "1(d)",
                "1(e)", "1(f)", "1(g)", "1(h)", "1(h)(i)", "2");
    }
}
