package asean.review.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import asean.review.report.brief.Brief;
import asean.review.report.chart.BarChart;
import asean.review.report.chart.PngChart;

/**
 * Writes the brief as a Word document the office can edit: Word's built-in heading styles (so the navigation pane and
 * a table of contents work), real tables, the same labels as every other format. Apache POI makes the package (the
 * styles, the pictures, their relationships); the body is streamed by {@link WordBody}, as building it in POI's object
 * model took seconds for a large year.
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
        try (StreamedDocument doc = new StreamedDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(styles());
            BriefLayout.write(brief, msg, language, new Sink(doc, doc.body));
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

    /** A Word document whose main part is the streamed {@link WordBody}, not POI's (empty) model of it. */
    private static final class StreamedDocument extends XWPFDocument {

        private final WordBody body = new WordBody();

        @Override
        protected void commit() throws IOException {
            try (OutputStream out = getPackagePart().getOutputStream()) {
                body.writeTo(out);
            }
        }
    }

    /** One Word document being written: its pictures added to the package, everything else to the body. */
    private record Sink(XWPFDocument doc, WordBody body) implements DocumentSink {

        @Override
        public void titlePage(String country, String title, String generated, String edition) {
            body.paragraph("Subtitle", country);
            body.paragraph("Title", title);
            body.paragraph("Subtitle", generated);
            body.paragraph("Subtitle", edition);
            body.pageBreak();
        }

        @Override
        public void heading(int level, String text, String anchor) {
            body.paragraph("Heading" + level, text);
        }

        @Override
        public void paragraph(Text text) {
            body.paragraph(null, text.printed());
        }

        @Override
        public void note(String text) {
            body.paragraph(null, text);
        }

        @Override
        public void labelled(Text label, Text text) {
            body.labelled(label.printed() + ": ", text.printed());
        }

        @Override
        public void items(List<Text> items) {
            items.forEach(item -> body.paragraph("ListParagraph", BULLET + item.printed()));
        }

        @Override
        public void table(int[] widths, List<String> headers, List<List<Text>> rows) {
            int[] columns = Arrays.stream(widths).map(width -> TEXT_WIDTH_TWIPS * width / 100).toArray();
            body.table(columns, headers, rows.stream().map(row -> row.stream().map(Text::printed).toList()).toList());
            body.emptyParagraph();
        }

        /** The chart as a picture at the text's width, its text alternative as the picture's and below it. */
        @Override
        public void figure(BarChart chart, String id) {
            PngChart.Png png = PngChart.png(chart, CHART_PIXELS);
            String relationship;
            try {
                relationship = doc.addPictureData(png.bytes(), Document.PICTURE_TYPE_PNG);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException("cannot add the chart " + id + " to the Word document", e);
            }
            body.picture(relationship, id + ".png", chart.textAlternative(), Units.toEMU(TEXT_WIDTH_POINTS),
                    Units.toEMU(TEXT_WIDTH_POINTS * png.height() / png.width()));
            body.paragraph(null, chart.textAlternative());
        }
    }
}
