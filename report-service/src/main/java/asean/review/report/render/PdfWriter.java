package asean.review.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Prints the brief's XHTML to an A4 PDF with openhtmltopdf, embedding DejaVu fonts (subset), which
 * cover Vietnamese: the PDF reads the same on a machine without them.
 */
@ApplicationScoped
public class PdfWriter {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    public byte[] write(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the brief to PDF", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font " + FONTS + file + " is not on the classpath");
        }
        return in;
    }
}
