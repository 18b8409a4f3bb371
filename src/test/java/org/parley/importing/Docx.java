package org.parley.importing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/* Test helpers: Word documents built with POI, so that no binary fixture is committed. */
final class Docx {

    private Docx() {
    }

    /*
     * A report with a title, numbered headings, a bulleted and a numbered list, a table with merged
     * cells, bold, italic, a link, a footnote, an image, a comment and tracked changes.
     */
    static byte[] report() {
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Title", "UN Digital Roadmap");
            heading(doc, "Heading1", "4 Digital cooperation");
            heading(doc, "Heading2", "4.3 The role of the UN");

            XWPFParagraph styled = doc.createParagraph();
            styled.createRun().setText("The UN has a ");
            XWPFRun bold = styled.createRun();
            bold.setText("convening");
            bold.setBold(true);
            styled.createRun().setText(" role, ");
            XWPFRun italic = styled.createRun();
            italic.setText("not a regulatory one");
            italic.setItalic(true);
            styled.createRun().setText(". See ");
            styled.createHyperlinkRun("https://www.un.org/roadmap").setText("the Roadmap");
            styled.createRun().setText(".");
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("Report of the Secretary-General, June 2020.");
            styled.addFootnoteReference(footnote);

            BigInteger bullets = numbering(doc, STNumberFormat.BULLET, "•");
            BigInteger numbers = numbering(doc, STNumberFormat.DECIMAL, "%1.");
            listItem(doc, bullets, "Connectivity");
            listItem(doc, bullets, "Digital public goods");
            listItem(doc, numbers, "Map the actors");
            listItem(doc, numbers, "Convene them");

            XWPFTable table = doc.createTable(4, 3);
            text(table, 0, 0, "Action");
            text(table, 0, 1, "Who");
            text(table, 0, 2, "When");
            text(table, 1, 0, "Connect schools");
            text(table, 1, 1, "UNICEF and ITU");
            table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(1).removeCell(2);
            text(table, 2, 0, "Map actors");
            text(table, 2, 1, "UN");
            text(table, 2, 2, "2021");
            text(table, 3, 1, "ITU");
            text(table, 3, 2, "2022");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(3).getCell(0).getCTTc().addNewTcPr().addNewVMerge();

            heading(doc, "Heading2", "4.4 Next steps");
            XWPFParagraph withImage = doc.createParagraph();
            withImage.createRun().setText("A chart follows.");
            withImage.createRun().addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    20_000, 20_000);

            XWPFParagraph tracked = doc.createParagraph();
            CTP ctp = tracked.getCTP();
            tracked.createRun().setText("Member States agree");
            var deleted = ctp.addNewDel();
            deleted.setId(BigInteger.ONE);
            deleted.setAuthor("Editor");
            deleted.addNewR().addNewDelText().setStringValue(" reluctantly");
            var inserted = ctp.addNewIns();
            inserted.setId(BigInteger.TWO);
            inserted.setAuthor("Editor");
            inserted.addNewR().addNewT().setStringValue(" unanimously");
            ctp.addNewCommentRangeStart().setId(BigInteger.ZERO);
            var comment = doc.createComments().createComment(BigInteger.ZERO);
            comment.setAuthor("Reviewer");
            comment.createParagraph().createRun().setText("Really?");
            tracked.createRun().setText(".");

            return bytes(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * A text numbered by paragraph with Word's multilevel numbering: "1.", "(a)" below it, "(i)"
     * below that, and an indented paragraph without a number that continues "(ii)".
     */
    static byte[] nestedNumbers() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "(%2)");
            level(abstractNum, 2, STNumberFormat.LOWER_ROMAN, "(%3)");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
            heading(doc, "Heading1", "Outcome");
            nestedItem(doc, numId, 0, "The meeting opened on 3 March.");
            nestedItem(doc, numId, 0, "The agenda was adopted.");
            nestedItem(doc, numId, 0, "Member States agreed to:");
            nestedItem(doc, numId, 1, "strengthen cooperation, including:");
            nestedItem(doc, numId, 2, "regional networks;");
            nestedItem(doc, numId, 2, "national focal points;");
            XWPFParagraph continued = doc.createParagraph();
            continued.setIndentationLeft(1440);
            continued.createRun().setText("both open to civil society;");
            nestedItem(doc, numId, 1, "report back in 2027.");
            nestedItem(doc, numId, 0, "The meeting closed.");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /* An ordinary text with a multilevel list in it: "1." with "a." and "i." below, then "2.". */
    static byte[] listWithSubItems() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "%2.");
            level(abstractNum, 2, STNumberFormat.LOWER_ROMAN, "%3.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
            heading(doc, "Heading1", "Next steps");
            for (String text : new String[] {"The Forum met twice.", "Many took part.", "Some spoke online.",
                    "The secretariat listened.", "It proposes two steps."}) {
                doc.createParagraph().createRun().setText(text);
            }
            nestedItem(doc, numId, 0, "Map the actors");
            nestedItem(doc, numId, 1, "in Africa");
            nestedItem(doc, numId, 2, "with the regional forums");
            nestedItem(doc, numId, 1, "in Asia");
            nestedItem(doc, numId, 0, "Convene them");
            doc.createParagraph().createRun().setText("Both steps start in 2027.");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /* Paragraph 1 with eight lettered sub-paragraphs, the last with a Roman one below it, then paragraph 2. */
    static byte[] romanUnderH() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "(%2)");
            level(abstractNum, 2, STNumberFormat.LOWER_ROMAN, "(%3)");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
            nestedItem(doc, numId, 0, "The parties agreed on eight points:");
            for (String point : new String[] {"access", "skills", "content", "trust", "rights", "openness", "data", "funding, by"}) {
                nestedItem(doc, numId, 1, point + ";");
            }
            nestedItem(doc, numId, 2, "pooled budgets;");
            nestedItem(doc, numId, 0, "They will meet again.");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void level(CTAbstractNum abstractNum, int index, STNumberFormat.Enum format, String text) {
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.valueOf(index));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    private static void nestedItem(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    static byte[] oneParagraph(String text) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /*
     * A heading and a bulleted list whose items start with a bold name, written as Word writes them:
     * the space after a name is sometimes inside the bold run, and a link is a hyperlink run.
     */
    static byte[] boldNamedList() {
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Heading1", "Roles");
            BigInteger bullets = numbering(doc, STNumberFormat.BULLET, "•");
            XWPFParagraph first = listItem(doc, bullets);
            bold(first, "As a convener ");
            first.createRun().setText("– the UN brings people together.");
            XWPFParagraph second = listItem(doc, bullets);
            bold(second, "Standard setting");
            second.createRun().setText(" – ITU sets ");
            second.createHyperlinkRun("https://example.org/rules").setText("rules");
            second.createRun().setText(".");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph listItem(XWPFDocument doc, BigInteger numId) {
        XWPFParagraph item = doc.createParagraph();
        item.setNumID(numId);
        item.setNumILvl(BigInteger.ZERO);
        return item;
    }

    private static void bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(true);
    }

    /* A valid document with one more entry that inflates from a few kilobytes to 50 MB. */
    static byte[] zipBomb() {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out);
                 var in = new ZipInputStream(new ByteArrayInputStream(oneParagraph("Harmless.")))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("word/media/padding.xml"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 50; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String levelText) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1L);
        abstractNum.setAbstractNumId(id);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }

    private static void listItem(XWPFDocument doc, BigInteger numId, String text) {
        listItem(doc, numId).createRun().setText(text);
    }

    private static void text(XWPFTable table, int row, int column, String text) {
        table.getRow(row).getCell(column).setText(text);
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        var out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
