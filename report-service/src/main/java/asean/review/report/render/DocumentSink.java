package asean.review.report.render;

import java.util.List;

/** A printed document being written, block by block: what {@link PrintedBrief} needs of PDF and Word. */
interface DocumentSink {

    /** The title page; the document continues on a new page. */
    void titlePage(String country, String title, String generated, String edition);

    /** A numbered heading of level 1 (section) to 3. */
    void heading(int level, String text);

    /** A paragraph; line breaks in {@code text} are kept. */
    void paragraph(String text);

    /** A paragraph that starts with a bold {@code label}. */
    void labelled(String label, String text);

    /** One item of a bulleted list. */
    void item(String text);

    /** A table whose header row repeats on every page; {@code widths} are percentages of the text width. */
    void table(int[] widths, List<String> headers, List<List<String>> rows);
}
