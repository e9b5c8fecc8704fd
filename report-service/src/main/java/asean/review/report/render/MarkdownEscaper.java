package asean.review.report.render;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;
import io.quarkus.qute.Variant;

/**
 * Escapes every value written into a Markdown template, as Qute escapes HTML: what submitters wrote is
 * shown as text, and no Markdown, HTML or table syntax in it is interpreted. Line breaks become
 * {@code <br>}, so a value never starts a new block and fits in a table cell.
 */
@Singleton
public class MarkdownEscaper implements ResultMapper {

    public static final String CONTENT_TYPE = "text/markdown";
    private static final String ESCAPED_ANYWHERE = "\\`*_[]<>#|~!&$";
    private static final String ESCAPED_AT_START = "-+=";

    void register(@Observes EngineBuilder builder) {
        builder.addResultMapper(this);
    }

    @Override
    public int getPriority() {
        return 10;
    }

    @Override
    public boolean appliesTo(Origin origin, Object result) {
        Optional<Variant> variant = origin.getVariant();
        return !(result instanceof RawString) && variant.isPresent()
                && CONTENT_TYPE.equals(variant.get().getContentType());
    }

    @Override
    public String map(Object result, Expression expression) {
        return escape(result.toString());
    }

    public static String escape(String text) {
        String trimmed = text.strip();
        StringBuilder out = new StringBuilder(trimmed.length() + 16);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                out.append("<br>");
            } else if (ESCAPED_ANYWHERE.indexOf(c) >= 0 || (i == 0 && ESCAPED_AT_START.indexOf(c) >= 0)
                    || ((c == '.' || c == ')') && startsWithNumber(trimmed, i))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "12. text" or "3) text" at the start would begin an ordered list. */
    private static boolean startsWithNumber(String text, int index) {
        return index > 0 && text.chars().limit(index).allMatch(Character::isDigit);
    }
}
