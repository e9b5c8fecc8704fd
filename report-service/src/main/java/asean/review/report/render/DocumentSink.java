package asean.review.report.render;

import java.util.List;

import asean.review.report.chart.BarChart;

/**
 * A brief being written, block by block, in one format: what {@link BriefLayout} asks of Markdown, HTML, PDF and
 * Word alike. Text a ministry wrote keeps its line breaks in every format.
 */
interface DocumentSink {

    /** The title page (or title block); the document continues on a new page where pages exist. */
    void titlePage(String country, String title, String generated, String edition);

    /** A heading of level 1 (section) to 3; {@code anchor} names it for links and bookmarks. */
    void heading(int level, String text, String anchor);

    /** A paragraph. */
    void paragraph(Text text);

    /** A remark of the brief's own: that a section is empty, or what it is based on. */
    void note(String text);

    /** A paragraph that starts with a bold {@code label}. */
    void labelled(Text label, Text text);

    /** A bulleted list. */
    void items(List<Text> items);

    /** A table whose header row repeats on every page; {@code widths} are percentages of the text width. */
    void table(int[] widths, List<String> headers, List<List<Text>> rows);

    /** A chart, drawn where the format can draw, with its text alternative; {@code id} is unique in the brief. */
    void figure(BarChart chart, String id);
}
