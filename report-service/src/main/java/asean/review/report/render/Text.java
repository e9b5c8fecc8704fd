package asean.review.report.render;

import asean.review.report.brief.Brief;

/**
 * Words the brief shows: what a ministry wrote or the brief's own words, in {@code language} when that is not the
 * brief's (null when it is), and the ministry it came from ({@code by}, null for the brief's own words). Every format
 * writes a statement the same way: its words, then "(MOFA)", or "(MOFA, in Vietnamese)" when a language is marked.
 */
public record Text(String words, String language, Attribution by) {

    /** The ministry a statement came from, the contribution and version (null in old editions), a language mark. */
    public record Attribution(String code, Brief.Source source, String languageMark) {

        /** "MOFA" or "MOFA, in Vietnamese". */
        public String label() {
            return languageMark == null ? code : code + ", " + languageMark;
        }
    }

    public static Text plain(String words) {
        return new Text(words, null, null);
    }

    /** A table cell naming only the ministry a row came from: its code, linked where the format links. */
    public static Text ministryOnly(Attribution by) {
        return new Text("", null, by);
    }

    public boolean isMinistryOnly() {
        return words.isEmpty() && by != null;
    }

    /** The words and their attribution as plain text, as the PDF and the Word document print them. */
    public String printed() {
        if (by == null) {
            return words;
        }
        return isMinistryOnly() ? by.code() : words + " (" + by.label() + ")";
    }
}
