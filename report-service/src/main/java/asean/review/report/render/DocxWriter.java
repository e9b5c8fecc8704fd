package asean.review.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import asean.review.report.brief.Brief;
import asean.review.report.chart.BarChart;
import asean.review.report.chart.PngChart;

/**
 * Writes the brief as a Word document the office can edit, with Apache POI: Word's built-in heading
 * styles (so the navigation pane and a table of contents work), real tables, the same labels as every
 * other format.
 */
@ApplicationScoped
public class DocxWriter {

    private static final String BULLET = "– ";
    /** The width of the text on an A4 page with Word's default margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9_026;
    private static final double TEXT_WIDTH_POINTS = TEXT_WIDTH_TWIPS / 20.0;
    /** Charts are drawn at three pixels a point: sharp when printed. */
    private static final int CHART_PIXELS = (int) (TEXT_WIDTH_POINTS * 3);

    public byte[] write(Brief brief, BriefMessages msg, Locale language) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(styles());
            BriefLayout.write(brief, msg, language, new Sink(doc));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the brief as DOCX", e);
        }
    }

    private static CTStyles styles() throws IOException {
        try (InputStream in = DocxWriter.class.getClassLoader().getResourceAsStream("docx/styles.xml")) {
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("docx/styles.xml is not valid", e);
        }
    }

    /** One Word document being written. */
    private record Sink(XWPFDocument doc) implements DocumentSink {

        @Override
        public void titlePage(String country, String title, String generated, String edition) {
            paragraph("Subtitle", country);
            paragraph("Title", title);
            paragraph("Subtitle", generated);
            paragraph("Subtitle", edition);
            doc.createParagraph().setPageBreak(true);
        }

        @Override
        public void heading(int level, String text, String anchor) {
            paragraph("Heading" + level, text);
        }

        @Override
        public void paragraph(Text text) {
            paragraph(null, text.printed());
        }

        @Override
        public void note(String text) {
            paragraph(null, text);
        }

        @Override
        public void labelled(Text label, Text text) {
            XWPFParagraph p = doc.createParagraph();
            var bold = p.createRun();
            bold.setBold(true);
            bold.setText(label.printed() + ": ");
            lines(p.createRun(), text.printed());
        }

        @Override
        public void items(List<Text> items) {
            items.forEach(item -> paragraph("ListParagraph", BULLET + item.printed()));
        }

        @Override
        public void table(int[] widths, List<String> headers, List<List<Text>> rows) {
            XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
            table.setStyleID("TableGrid");
            table.setWidth("100%");
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            for (int i = 0; i < widths.length; i++) {
                CTTblGridCol column = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
                column.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS * widths[i] / 100));
            }
            fill(table.getRow(0), headers, true);
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < rows.size(); i++) {
                fill(table.getRow(i + 1), rows.get(i).stream().map(Text::printed).toList(), false);
            }
            doc.createParagraph();
        }

        /** The chart as a picture at the text's width, its text alternative as the picture's and below it. */
        @Override
        public void figure(BarChart chart, String id) {
            PngChart.Png png = PngChart.png(chart, CHART_PIXELS);
            XWPFRun run = doc.createParagraph().createRun();
            try {
                run.addPicture(new ByteArrayInputStream(png.bytes()), Document.PICTURE_TYPE_PNG, id + ".png",
                        Units.toEMU(TEXT_WIDTH_POINTS), Units.toEMU(TEXT_WIDTH_POINTS * png.height() / png.width()));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("cannot add the chart " + id + " to the Word document", e);
            }
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(chart.textAlternative());
            paragraph(null, chart.textAlternative());
        }

        private static void fill(XWPFTableRow row, List<String> values, boolean header) {
            for (int i = 0; i < values.size(); i++) {
                XWPFParagraph cell = row.getCell(i).getParagraphs().get(0);
                var run = cell.createRun();
                run.setBold(header);
                lines(run, values.get(i));
            }
        }

        private void paragraph(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            lines(p.createRun(), text);
        }

        /** The text in one run, its line breaks kept as breaks. */
        private static void lines(XWPFRun run, String text) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }
    }
}
