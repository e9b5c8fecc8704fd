package asean.review.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import asean.review.report.chart.BarChart.Bar;

class PdfChartTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final float MARGIN = 51;

    @Test
    void theChartsLabelsAndValuesAreTextInVectorGraphicsWithDejaVuEmbedded() throws IOException {
        List<BarChart> charts = List.of(ChartSamples.pillars(), ChartSamples.completeness());
        try (PDDocument pdf = Loader.loadPDF(print(charts, chart -> null))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            for (BarChart chart : charts) {
                assertThat(text).contains(chart.title());
                for (Bar bar : chart.bars()) {
                    assertThat(text).contains(bar.label() + " " + bar.value());
                }
            }
            List<PDXObject> objects = xObjects(pdf.getPage(0));
            assertThat(objects).hasSize(2).allMatch(PDFormXObject.class::isInstance)
                    .noneMatch(PDImageXObject.class::isInstance);
            List<String> fonts = new ArrayList<>();
            for (PDXObject object : objects) {
                for (COSName name : ((PDFormXObject) object).getResources().getFontNames()) {
                    PDFont font = ((PDFormXObject) object).getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSans"))
                    .anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void theImageCarriesTheTextAlternative() throws IOException {
        try (Document document = new Document(PageSize.A4);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            Image image = PdfChart.image(ChartSamples.completeness(), writer.getDirectContent(), 400);
            assertThat(image.getAlt()).isEqualTo(ChartSamples.completeness().textAlternative());
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(ChartLayout.lay(ChartSamples.completeness(), 400).height());
            document.add(image);
        }
    }

    @Test
    void writesTheSamplePageAndItsPictureForAPersonToLookAt() throws IOException {
        byte[] bytes = print(ChartSamples.all(), BarChart::textAlternative);
        ChartSamples.write("charts.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(page, 110), "png", png);
                assertThat(ChartSamples.write("charts-pdf-" + (page + 1) + ".png", png.toByteArray())).exists();
            }
        }
    }

    /** The charts on an A4 page at the width of the brief's text, each followed by its caption, if any. */
    private static byte[] print(List<BarChart> charts, Function<BarChart, String> caption) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        com.lowagie.text.Font small = new com.lowagie.text.Font(captionFont(), 8);
        for (BarChart chart : charts) {
            document.add(PdfChart.image(chart, writer.getDirectContent(), document.right() - document.left()));
            String text = caption.apply(chart);
            Paragraph paragraph = new Paragraph(text == null ? " " : text, small);
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
        }
        document.close();
        return out.toByteArray();
    }

    private static BaseFont captionFont() throws IOException {
        return BaseFont.createFont(ChartFonts.REGULAR_FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                ChartFonts.file(false), null);
    }

    private static List<PDXObject> xObjects(PDPage page) throws IOException {
        List<PDXObject> objects = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            objects.add(page.getResources().getXObject(name));
        }
        return objects;
    }
}
