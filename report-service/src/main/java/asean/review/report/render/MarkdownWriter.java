package asean.review.report.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.report.brief.Brief;
import asean.review.report.chart.BarChart;

/** Writes the brief as Markdown: everything a ministry wrote escaped, so that it is shown as text. */
@ApplicationScoped
public class MarkdownWriter {

    public String write(Brief brief, BriefMessages msg, Locale language) {
        Sink sink = new Sink(new StringBuilder(64 * 1024));
        BriefLayout.write(brief, msg, language, sink);
        return sink.out.toString();
    }

    private record Sink(StringBuilder out) implements DocumentSink {

        /** A section's number, which in a heading starts no list and needs no escape. */
        private static final Pattern SECTION_NUMBER = Pattern.compile("\\d+\\. ");

        @Override
        public void titlePage(String country, String title, String generated, String edition) {
            out.append("# ").append(escape(title)).append("\n\n")
                    .append(escape(country)).append(" · ").append(escape(generated)).append(" · ")
                    .append(escape(edition)).append("\n\n");
        }

        @Override
        public void heading(int level, String text, String anchor) {
            Matcher number = SECTION_NUMBER.matcher(text);
            String numbered = number.lookingAt() ? number.group() + escape(text.substring(number.end())) : escape(text);
            out.append("#".repeat(level + 1)).append(' ').append(numbered).append("\n\n");
        }

        @Override
        public void paragraph(Text text) {
            out.append(inline(text)).append("\n\n");
        }

        @Override
        public void note(String text) {
            out.append('_').append(escape(text)).append("_\n\n");
        }

        @Override
        public void labelled(Text label, Text text) {
            out.append("**").append(inline(label)).append(":** ").append(inline(text)).append("\n\n");
        }

        @Override
        public void items(List<Text> items) {
            items.forEach(item -> out.append("- ").append(inline(item)).append('\n'));
            out.append('\n');
        }

        @Override
        public void table(int[] widths, List<String> headers, List<List<Text>> rows) {
            out.append('|');
            headers.forEach(header -> out.append(' ').append(escape(header)).append(" |"));
            out.append("\n|").append("---|".repeat(headers.size())).append('\n');
            for (List<Text> row : rows) {
                out.append('|');
                row.forEach(cell -> out.append(' ').append(inline(cell)).append(" |"));
                out.append('\n');
            }
            out.append('\n');
        }

        /** Markdown cannot draw: the chart's title and its text alternative. */
        @Override
        public void figure(BarChart chart, String id) {
            out.append('_').append(escape(chart.title())).append("_: ").append(escape(chart.textAlternative()))
                    .append("\n\n");
        }

        private static String inline(Text text) {
            if (text.by() == null) {
                return escape(text.words());
            }
            String by = escape(text.by().label());
            return text.isMinistryOnly() ? by : escape(text.words()) + " (" + by + ")";
        }

        private static String escape(String text) {
            return MarkdownEscaper.escape(text);
        }
    }
}
