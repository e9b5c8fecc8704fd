package asean.review.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * A chart as a PNG image, for the Word document. Laid out at the width of the page's text (451 points) and scaled to
 * the pixels asked for: shown that wide in the document, its text has the size of the document's tables.
 */
public final class PngChart {

    /** The image and its size in pixels: shown {@code w} wide in a document, it is {@code w * height / width} high. */
    public record Png(byte[] bytes, int width, int height) {
    }

    private PngChart() {
    }

    /** @param pixelWidth e.g. 1350 for a sharp print: three pixels a point */
    public static Png png(BarChart chart, int pixelWidth) {
        if (pixelWidth < 1 || pixelWidth > 10_000) {
            throw new IllegalArgumentException("a chart's image is 1 to 10,000 pixels wide, not " + pixelWidth);
        }
        Drawing drawing = ChartLayout.lay(chart, ChartLayout.WIDTH);
        float scale = pixelWidth / drawing.width();
        int pixelHeight = Math.round(drawing.height() * scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pixelWidth, pixelHeight);
            g.scale(scale, scale);
            ChartPainter.paint(drawing, g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a chart as PNG", e);
        }
        return new Png(out.toByteArray(), pixelWidth, pixelHeight);
    }
}
