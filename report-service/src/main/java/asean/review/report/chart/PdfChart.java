package asean.review.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A chart as vector graphics in an OpenPDF document: an {@link Image} holding a form XObject, drawn through
 * OpenPDF's Graphics2D with DejaVu Sans embedded (subset), its labels and values real text that can be searched and
 * copied. The image flows like any element ({@code document.add}, {@code ColumnText.addElement}).
 */
public final class PdfChart {

    private PdfChart() {
    }

    /**
     * @param canvas the document's direct content ({@code writer.getDirectContent()}): the drawing is kept in the
     *        document as a template
     * @param width in points, e.g. the page's text width; the height follows from the chart
     */
    public static Image image(BarChart chart, PdfContentByte canvas, float width) {
        Drawing drawing = ChartLayout.lay(chart, width);
        PdfTemplate template = canvas.createTemplate(drawing.width(), drawing.height());
        Graphics2D g = template.createGraphics(drawing.width(), drawing.height(), new DejaVuMapper());
        try {
            ChartPainter.paint(drawing, g);
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlt(chart.textAlternative());
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot make the chart an image", e);
        }
    }

    /** Every font the painter uses is DejaVu Sans, regular or bold; both are embedded once per chart. */
    private static final class DejaVuMapper implements FontMapper {

        private final BaseFont regular = base(ChartFonts.REGULAR_FILE, false);
        private final BaseFont bold = base(ChartFonts.BOLD_FILE, true);

        @Override
        public BaseFont awtToPdf(Font font) {
            return ChartFonts.isBold(font) ? bold : regular;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return ChartFonts.font(size, font == bold);
        }

        private static BaseFont base(String name, boolean bold) {
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        ChartFonts.file(bold), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        }
    }
}
