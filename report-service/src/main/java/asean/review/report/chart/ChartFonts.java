package asean.review.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans from the jasperreports-fonts jar, which covers Vietnamese: the charts are measured and drawn with
 * it, so they look the same on a server without any system font.
 */
final class ChartFonts {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    static final String REGULAR_FILE = "DejaVuSans.ttf";
    static final String BOLD_FILE = "DejaVuSans-Bold.ttf";
    private static final byte[] REGULAR_BYTES = read(REGULAR_FILE);
    private static final byte[] BOLD_BYTES = read(BOLD_FILE);
    private static final Font REGULAR = create(REGULAR_BYTES);
    private static final Font BOLD = create(BOLD_BYTES);
    /** Antialiased, fractional metrics: the same widths whatever the output's resolution. */
    static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private ChartFonts() {
    }

    static Font font(float size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont(size);
    }

    static boolean isBold(Font font) {
        return font.getFontName().equals(BOLD.getFontName());
    }

    static byte[] file(boolean bold) {
        return bold ? BOLD_BYTES : REGULAR_BYTES;
    }

    static float width(String text, float size, boolean bold) {
        return (float) font(size, bold).getStringBounds(text, MEASURING).getWidth();
    }

    /** How far capital letters and digits rise above the baseline. */
    static float capHeight(float size) {
        return size * 0.73f;
    }

    private static byte[] read(String file) {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONTS + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font create(byte[] file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load a chart font", e);
        }
    }
}
