package asean.review.report.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;

import asean.review.report.brief.Brief;
import asean.review.report.chart.BarChart;
import asean.review.report.chart.PdfChart;

/**
 * Prints the brief to an A4 PDF with OpenPDF: a title page, numbered sections, real tables whose header
 * repeats on every page, "page / pages" from the second page on, and DejaVu fonts embedded (subset),
 * which cover Vietnamese: the PDF reads the same on a machine without them.
 */
@ApplicationScoped
public class PdfWriter {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = fontFile("DejaVuSerif.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSerif-Bold.ttf");
    /** Margins in points: 18 mm left and right, 22 mm top, 20 mm bottom. */
    private static final float SIDE = 51, TOP = 62, BOTTOM = 57;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf6);

    public byte[] write(Brief brief, BriefMessages msg, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Document document = new Document(PageSize.A4, SIDE, SIDE, TOP, BOTTOM);
        try {
            Fonts fonts = new Fonts(font("DejaVuSerif.ttf", REGULAR), font("DejaVuSerif-Bold.ttf", BOLD));
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(fonts.regular()));
            writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.PageModeUseOutlines);
            document.addTitle(BriefLayout.title(brief, msg));
            document.open();
            BriefLayout.write(brief, msg, language, new Sink(document, writer, fonts));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot print the brief to PDF", e);
        }
        return out.toByteArray();
    }

    private static BaseFont font(String name, byte[] file) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    private static byte[] fontFile(String file) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONTS + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of one document, at the sizes the brief uses. */
    private record Fonts(BaseFont regular, BaseFont bold) {
        Font body() {
            return new Font(regular, 10);
        }

        Font strong() {
            return new Font(bold, 10);
        }

        Font cell() {
            return new Font(regular, 9);
        }

        Font headerCell() {
            return new Font(bold, 9);
        }

        Font heading(int level) {
            return new Font(bold, switch (level) {
                case 1 -> 14;
                case 2 -> 12;
                default -> 10.5f;
            });
        }
    }

    /**
     * One PDF document being written. Every block flows through one column on the page's direct content,
     * so text and tables are stored in reading order (copy, search and screen readers see that order).
     */
    private static final class Sink implements DocumentSink {

        /** A heading needs this much room below it on the page, or it starts the next page. */
        private static final float ROOM_FOR_HEADING = 80;

        private final Document document;
        private final Fonts fonts;
        private final ColumnText column;
        private final PdfContentByte canvas;
        /** The bookmark of the latest heading of each level (index 0: the document's outline root). */
        private final PdfOutline[] outline = new PdfOutline[4];

        Sink(Document document, com.lowagie.text.pdf.PdfWriter writer, Fonts fonts) {
            this.document = document;
            this.fonts = fonts;
            this.canvas = writer.getDirectContent();
            this.column = new ColumnText(canvas);
            this.outline[0] = canvas.getRootOutline();
            fullPage();
        }

        @Override
        public void titlePage(String country, String title, String generated, String edition) {
            Paragraph spacer = new Paragraph(new Chunk(" ", fonts.body()));
            spacer.setLeading(150);
            add(spacer);
            add(centred(country.toUpperCase(Locale.ROOT), new Font(fonts.regular(), 14), 40));
            Paragraph titleLine = centred(title, new Font(fonts.bold(), 20), 40);
            titleLine.setLeading(26);
            add(titleLine);
            add(centred(generated, fonts.body(), 8));
            Font muted = fonts.body();
            muted.setColor(MUTED);
            add(centred(edition, muted, 8));
            newPage();
        }

        @Override
        public void heading(int level, String text, String anchor) {
            if (column.getYLine() - document.bottom() < ROOM_FOR_HEADING) {
                newPage();
            }
            bookmark(level, text);
            Paragraph heading = new Paragraph(text, fonts.heading(level));
            heading.setSpacingBefore(level == 1 ? 14 : 8);
            heading.setSpacingAfter(4);
            add(heading);
        }

        /** A bookmark in the reader's outline pointing at the heading about to be written, under its section. */
        private void bookmark(int level, String text) {
            PdfDestination here = new PdfDestination(PdfDestination.XYZ, document.left(), column.getYLine(), 0);
            outline[level] = new PdfOutline(outline[level - 1] == null ? outline[0] : outline[level - 1], here, text,
                    false);
        }

        @Override
        public void paragraph(Text text) {
            add(body(new Phrase(text.printed(), fonts.body())));
        }

        @Override
        public void note(String text) {
            Font muted = fonts.body();
            muted.setColor(MUTED);
            add(body(new Phrase(text, muted)));
        }

        @Override
        public void labelled(Text label, Text text) {
            Phrase phrase = new Phrase(new Chunk(label.printed() + ": ", fonts.strong()));
            phrase.add(new Chunk(text.printed(), fonts.body()));
            add(body(phrase));
        }

        @Override
        public void items(List<Text> items) {
            for (Text text : items) {
                Paragraph item = body(new Phrase("–  " + text.printed(), fonts.body()));
                item.setIndentationLeft(14);
                item.setFirstLineIndent(-9);
                add(item);
            }
        }

        @Override
        public void table(int[] widths, List<String> headers, List<List<Text>> rows) {
            float[] relative = new float[widths.length];
            for (int i = 0; i < widths.length; i++) {
                relative[i] = widths[i];
            }
            PdfPTable table = new PdfPTable(relative);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            headers.forEach(header -> table.addCell(cell(header, fonts.headerCell(), HEADER_FILL)));
            Font font = fonts.cell();
            rows.forEach(row -> row.forEach(value -> table.addCell(cell(value.printed(), font, null))));
            add(table);
        }

        /** The chart as vector graphics at the text's width, its text alternative below it. */
        @Override
        public void figure(BarChart chart, String id) {
            com.lowagie.text.Image image = PdfChart.image(chart, canvas, document.right() - document.left());
            image.setSpacingBefore(6);
            add(image);
            note(chart.textAlternative());
        }

        private static PdfPCell cell(String text, Font font, Color fill) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setLeading(0, 1.25f);
            cell.setPadding(3);
            cell.setPaddingBottom(4);
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(RULE);
            if (fill != null) {
                cell.setBackgroundColor(fill);
            }
            return cell;
        }

        private static Paragraph body(Phrase phrase) {
            Paragraph paragraph = new Paragraph(phrase);
            paragraph.setLeading(13.5f);
            paragraph.setSpacingAfter(4);
            return paragraph;
        }

        private static Paragraph centred(String text, Font font, float spacingAfter) {
            Paragraph paragraph = new Paragraph(text, font);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            paragraph.setSpacingAfter(spacingAfter);
            return paragraph;
        }

        /** Lays the block out, on as many pages as it takes. */
        private void add(Element element) {
            column.addElement(element);
            while (ColumnText.hasMoreText(column.go())) {
                newPage();
            }
        }

        private void newPage() {
            document.newPage();
            fullPage();
        }

        private void fullPage() {
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        }
    }

    /** "n / N" at the foot of every page but the title page; N is filled in when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 9;
        private final BaseFont font;
        private PdfTemplate total;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page == 1) {
                return;
            }
            String text = page + " / ";
            float width = font.getWidthPoint(text + page, SIZE);
            float x = (document.left() + document.right() - width) / 2;
            float y = document.bottom() / 2;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.saveState();
            canvas.setColorFill(MUTED);
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + font.getWidthPoint(text, SIZE), y);
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            total.setColorFill(MUTED);
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
