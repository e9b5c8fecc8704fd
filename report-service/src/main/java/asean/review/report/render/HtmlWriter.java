package asean.review.report.render;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.report.brief.Brief;
import asean.review.report.brief.Brief.Source;
import asean.review.report.chart.BarChart;
import asean.review.report.chart.SvgChart;

/**
 * Writes the brief's body as HTML: everything a ministry wrote escaped and its line breaks kept, text in another
 * language than the brief's marked with its {@code lang}, and with {@code sources} given, each ministry code beside a
 * statement linking to {@code sources}{@code /MINISTRY/AREA?version=N}.
 */
@ApplicationScoped
public class HtmlWriter {

    public String body(Brief brief, BriefMessages msg, Locale language, String sources) {
        Sink sink = new Sink(new StringBuilder(96 * 1024), msg, sources);
        BriefLayout.write(brief, msg, language, sink);
        sink.out.append("</section>\n");
        return sink.out.toString();
    }

    private record Sink(StringBuilder out, BriefMessages msg, String sources) implements DocumentSink {

        @Override
        public void titlePage(String country, String title, String generated, String edition) {
            out.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">").append(escape(country))
                    .append(" · ").append(escape(generated)).append(" · ").append(escape(edition)).append("</p>\n");
        }

        /** A section (level 1) is a {@code <section>} named by its anchor, which the previous one's end closes. */
        @Override
        public void heading(int level, String text, String anchor) {
            String tag = "h" + (level + 1);
            if (level == 1) {
                out.append(out.indexOf("<section") >= 0 ? "</section>\n" : "").append("<section id=\"")
                        .append(escape(anchor)).append("\">\n");
            }
            out.append('<').append(tag);
            if (anchor != null && level > 1) {
                out.append(" id=\"").append(escape(anchor)).append('"');
            }
            out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        }

        @Override
        public void paragraph(Text text) {
            out.append("<p>");
            inline(text);
            out.append("</p>\n");
        }

        @Override
        public void note(String text) {
            out.append("<p class=\"empty\">").append(escape(text)).append("</p>\n");
        }

        @Override
        public void labelled(Text label, Text text) {
            out.append("<p><strong>");
            inline(label);
            out.append(":</strong> ");
            inline(text);
            out.append("</p>\n");
        }

        @Override
        public void items(List<Text> items) {
            out.append("<ul>");
            for (Text item : items) {
                out.append("<li>");
                inline(item);
                out.append("</li>");
            }
            out.append("</ul>\n");
        }

        @Override
        public void table(int[] widths, List<String> headers, List<List<Text>> rows) {
            out.append("<div class=\"table\"><table>\n<thead><tr>");
            headers.forEach(header -> out.append("<th scope=\"col\">").append(escape(header)).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            for (List<Text> row : rows) {
                out.append("<tr>");
                for (Text cell : row) {
                    out.append("<td>");
                    inline(cell);
                    out.append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n");
        }

        @Override
        public void figure(BarChart chart, String id) {
            out.append("<figure class=\"chart\">\n").append(SvgChart.svg(chart, id)).append("\n<figcaption>")
                    .append(escape(chart.textAlternative())).append("</figcaption>\n</figure>\n");
        }

        private void inline(Text text) {
            if (!text.words().isEmpty()) {
                if (text.language() != null) {
                    out.append("<span lang=\"").append(escape(text.language())).append("\">");
                    lines(text.words());
                    out.append("</span>");
                } else {
                    lines(text.words());
                }
            }
            if (text.by() != null) {
                out.append(text.isMinistryOnly() ? "" : " (");
                code(text.by().code(), text.by().source());
                if (text.by().languageMark() != null) {
                    out.append(", ").append(escape(text.by().languageMark()));
                }
                out.append(text.isMinistryOnly() ? "" : ")");
            }
        }

        private void code(String code, Source source) {
            if (sources == null || source == null) {
                out.append(escape(code));
                return;
            }
            out.append("<a class=\"source\" href=\"").append(escape(sources + "/" + source.ministry() + "/"
                    + source.area() + "?version=" + source.version()))
                    .append("\" title=\"").append(escape(msg.sourceOf(source.ministry(), source.area(),
                            source.version())))
                    .append("\">").append(escape(code)).append("</a>");
        }

        /** The text escaped, its line breaks kept as breaks. */
        private void lines(String text) {
            String[] lines = text.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                out.append(escape(lines[i]));
            }
        }

        private static String escape(String text) {
            StringBuilder escaped = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> escaped.append("&amp;");
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '"' -> escaped.append("&quot;");
                    case '\'' -> escaped.append("&#39;");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }
}
