package asean.review.report.chart;

import java.util.Locale;
import java.util.regex.Pattern;

import asean.review.report.chart.Drawing.Box;
import asean.review.report.chart.Drawing.Mark;
import asean.review.report.chart.Drawing.Rule;
import asean.review.report.chart.Drawing.Text;

/**
 * A chart as an SVG element to write into an HTML page: {@code role="img"}, named by its {@code <title>} and
 * described by its {@code <desc>} (the text alternative), the labels and values as real text. Its size is in points,
 * as printed (9 pt labels show at 12 px); with its {@code viewBox} CSS may scale it ({@code width: 100%; height:
 * auto}).
 */
public final class SvgChart {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private SvgChart() {
    }

    /**
     * @param id unique in the page: the title's and description's ids derive from it ({@code id-title},
     *        {@code id-desc}), for {@code aria-labelledby} and {@code aria-describedby}
     */
    public static String svg(BarChart chart, String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id for an SVG element: " + id);
        }
        Drawing drawing = ChartLayout.lay(chart, ChartLayout.WIDTH);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id)
                .append("-desc\" width=\"").append(number(drawing.width())).append("pt\" height=\"")
                .append(number(drawing.height())).append("pt\" viewBox=\"0 0 ").append(number(drawing.width()))
                .append(' ').append(number(drawing.height()))
                // a browser without DejaVu Sans measures the text wider: let a label spill rather than be clipped
                .append("\" overflow=\"visible\" font-family=\"'DejaVu Sans', Verdana, sans-serif\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(chart.textAlternative()))
                .append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Mark mark : drawing.marks()) {
            svg.append(element(mark)).append('\n');
        }
        return svg.append("</svg>\n").toString();
    }

    private static String element(Mark mark) {
        if (mark instanceof Box box) {
            return "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>".formatted(number(box.x()),
                    number(box.y()), number(box.width()), number(box.height()), colour(Drawing.BAR_RGB));
        }
        if (mark instanceof Rule rule) {
            return "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>".formatted(
                    number(rule.x1()), number(rule.y1()), number(rule.x2()), number(rule.y2()),
                    colour(Drawing.INK_RGB));
        }
        Text text = (Text) mark;
        return "<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s text-anchor=\"%s\" fill=\"%s\">%s</text>".formatted(
                number(text.x()), number(text.y()), number(text.size()), text.bold() ? " font-weight=\"bold\"" : "",
                switch (text.anchor()) {
                    case START -> "start";
                    case MIDDLE -> "middle";
                    case END -> "end";
                }, colour(Drawing.INK_RGB), escape(text.text()));
    }

    /** Escaped for text and attribute values; characters XML cannot hold at all are dropped. */
    static String escape(String text) {
        String xml = NOT_XML.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(xml.length() + 16);
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String number(float value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceFirst("\\.?0+$", "");
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }
}
