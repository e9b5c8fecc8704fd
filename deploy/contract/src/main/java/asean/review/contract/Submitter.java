package asean.review.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Who entered a contribution, and for which ministry: {@code name} is the user name from the verified token, never
 * from the request body; {@code ministry} the ministry the contribution speaks for. {@code onBehalf} is true when the
 * national coordination office entered it for that ministry (from the ministry's signed letter): {@code name} is
 * then the office's user. It is written only when true, so that a ministry's own submission has the same wire form
 * as before the field existed, and an event without it (every schema 2 event from before) was the ministry's own.
 */
public record Submitter(String name, String ministry,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean onBehalf) {

    /** A ministry's own officer (or system) submitting for it. */
    public Submitter(String name, String ministry) {
        this(name, ministry, false);
    }

    /** The office's user {@code name} entering a contribution on behalf of {@code ministry}. */
    public static Submitter onBehalfOf(String ministry, String name) {
        return new Submitter(name, ministry, true);
    }
}
