package asean.review.report.export;

/**
 * Text that a spreadsheet program would evaluate as a formula when it opens a CSV file: text starting with
 * = + - @, a tab or a carriage return (OWASP, "CSV Injection").
 */
final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text behind a single quote when it looks like a formula, which spreadsheet programs then show as text. */
    static String quotePrefixed(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
