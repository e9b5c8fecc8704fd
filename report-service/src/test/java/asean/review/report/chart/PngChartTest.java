package asean.review.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.Drawing.Box;

class PngChartTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 1353;

    @Test
    void decodesAtTheWidthAskedForWithTheChartsProportions() throws IOException {
        PngChart.Png png = PngChart.png(ChartSamples.pillars(), WIDTH);
        BufferedImage image = decode(png);
        Drawing drawing = ChartLayout.lay(ChartSamples.pillars(), ChartLayout.WIDTH);
        assertThat(image.getWidth()).isEqualTo(WIDTH).isEqualTo(png.width());
        assertThat(image.getHeight()).isEqualTo(png.height())
                .isEqualTo(Math.round(drawing.height() * WIDTH / drawing.width()));
    }

    @Test
    void eachBarIsDrawnDarkAsLongAsItsValue() throws IOException {
        BarChart chart = ChartSamples.pillars();
        BufferedImage image = decode(PngChart.png(chart, WIDTH));
        List<Box> boxes = ChartLayoutTest.boxes(ChartLayout.lay(chart, ChartLayout.WIDTH));
        float scale = WIDTH / ChartLayout.WIDTH;
        int[] runs = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            int middle = Math.round((box.y() + box.height() / 2) * scale);
            runs[i] = darkRun(image, Math.round((box.x() + 1) * scale), middle);
            assertThat(runs[i]).as("bar %s", chart.bars().get(i).label())
                    .isCloseTo(Math.round((box.width() - 1) * scale), within(3));
        }
        int longest = 1;
        int shortest = 4;
        assertThat(runs[longest]).isGreaterThan(runs[shortest]);
        assertThat((double) runs[longest] / runs[0]).isCloseTo(23.0 / 14, within(0.02));
        assertThat(darkPixels(image, boxes.get(longest), scale))
                .isGreaterThan(darkPixels(image, boxes.get(shortest), scale));
    }

    @Test
    void vietnameseLabelsHaveEveryGlyphInTheFont() {
        for (BarChart chart : ChartSamples.all()) {
            for (Bar bar : chart.bars()) {
                assertThat(ChartFonts.font(9, false).canDisplayUpTo(bar.label())).as(bar.label()).isEqualTo(-1);
            }
            assertThat(ChartFonts.font(11, true).canDisplayUpTo(chart.title())).as(chart.title()).isEqualTo(-1);
        }
    }

    @Test
    void anEmptyChartIsNotBlank() throws IOException {
        BufferedImage image = decode(PngChart.png(ChartSamples.empty(), 900));
        int dark = 0;
        for (int y = image.getHeight() / 2; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += isDark(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertThat(dark).as("the words saying there is nothing to show").isGreaterThan(100);
    }

    @Test
    void writesTheSamplesForAPersonToLookAt() {
        List<BarChart> charts = ChartSamples.all();
        for (int i = 0; i < charts.size(); i++) {
            assertThat(ChartSamples.write("chart-" + i + ".png", PngChart.png(charts.get(i), WIDTH).bytes())).exists();
        }
    }

    private static BufferedImage decode(PngChart.Png png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image).as("a PNG ImageIO reads").isNotNull();
        return image;
    }

    private static int darkRun(BufferedImage image, int x, int y) {
        int run = 0;
        while (x + run < image.getWidth() && isDark(image.getRGB(x + run, y))) {
            run++;
        }
        return run;
    }

    /** The dark pixels on the row through the middle of the bar, whatever they belong to. */
    private static int darkPixels(BufferedImage image, Box box, float scale) {
        int y = Math.round((box.y() + box.height() / 2) * scale);
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            dark += isDark(image.getRGB(x, y)) ? 1 : 0;
        }
        return dark;
    }

    private static boolean isDark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    }
}
