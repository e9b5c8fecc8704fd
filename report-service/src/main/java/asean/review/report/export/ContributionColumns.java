package asean.review.report.export;

import static asean.review.report.export.ExportLabel.*;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import asean.review.contract.Contribution;
import asean.review.contract.api.RegisteredContribution;

/** The tables of a contributions export: one row per version, and one per row of each of its repeatable lists. */
final class ContributionColumns {

    private ContributionColumns() {
    }

    /** A row of one of a version's lists, with its number in the list (from 1). */
    record ListRow<T>(RegisteredContribution version, int number, T item) {

        static <T> List<ListRow<T>> of(List<RegisteredContribution> versions, Function<Contribution, List<T>> list) {
            List<ListRow<T>> rows = new ArrayList<>();
            for (RegisteredContribution version : versions) {
                List<T> items = list.apply(version.contribution());
                for (int i = 0; i < items.size(); i++) {
                    rows.add(new ListRow<>(version, i + 1, items.get(i)));
                }
            }
            return rows;
        }

        Contribution contribution() {
            return version.contribution();
        }
    }

    static List<Column<RegisteredContribution>> versions(Locale language, ZoneId zone) {
        return List.of(
                Column.number(YEAR, language, r -> r.contribution().year()),
                Column.text(MINISTRY, language, 10, r -> r.contribution().ministry()),
                Column.text(PILLAR, language, 10, r -> r.contribution().pillar()),
                Column.text(AREA, language, 12, r -> r.contribution().area()),
                Column.text(AREA_NAME, language, 24, r -> r.contribution().areaName()),
                Column.number(VERSION, language, RegisteredContribution::version),
                Column.time(SUBMITTED_AT, language, zone, RegisteredContribution::submittedAt),
                Column.time(REGISTERED_AT, language, zone, RegisteredContribution::registeredAt),
                Column.text(SUBMITTED_BY, language, 24, RegisteredContribution::submittedBy),
                Column.text(REVIEW_STATE, language, 16, r -> r.review().state().name()),
                Column.text(REVIEW_MESSAGE, language, 40, r -> r.review().message()),
                Column.text(REVIEWED_BY, language, 22, r -> r.review().reviewedBy()),
                Column.time(REVIEWED_AT, language, zone, r -> r.review().reviewedAt()),
                Column.text(LANGUAGE, language, 10, r -> r.contribution().language()),
                Column.text(SUMMARY, language, 60, r -> r.contribution().summary()),
                Column.lines(OUTCOMES, language, 50, r -> r.contribution().outcomes()),
                Column.lines(DIFFICULTIES, language, 40, r -> r.contribution().difficulties()),
                Column.lines(RECOMMENDATIONS, language, 40, r -> r.contribution().recommendations()),
                Column.lines(PRIORITIES, language, 40, r -> r.contribution().nextYear().priorities()),
                Column.text(ON_BEHALF, language, 14, r -> r.onBehalf() ? YES.in(language) : ""));
    }

    static List<Column<ListRow<Contribution.Role>>> roles(Locale language) {
        return keyed(language, List.of(
                Column.text(MECHANISM, language, 40, r -> r.item().mechanism()),
                Column.text(ROLE, language, 20, r -> r.item().role()),
                Column.text(PARTNER, language, 24, r -> r.item().partner()),
                Column.text(TERM, language, 12, r -> r.item().term())));
    }

    static List<Column<ListRow<Contribution.Event>>> events(Locale language) {
        return keyed(language, List.of(
                Column.text(EVENT, language, 40, r -> r.item().name()),
                Column.text(DATE, language, 12, r -> r.item().date()),
                Column.text(CITY, language, 16, r -> r.item().city()),
                Column.text(LEVEL, language, 18, r -> r.item().level())));
    }

    static List<Column<ListRow<Contribution.Initiative>>> initiatives(Locale language) {
        return keyed(language, List.of(
                Column.text(INITIATIVE, language, 40, r -> r.item().title()),
                Column.text(STATUS, language, 14, r -> r.item().status()),
                Column.text(DESCRIPTION, language, 60, r -> r.item().description())));
    }

    /** The list's own columns behind the key of the version they belong to and the row's number. */
    private static <T> List<Column<ListRow<T>>> keyed(Locale language, List<Column<ListRow<T>>> own) {
        List<Column<ListRow<T>>> columns = new ArrayList<>(List.of(
                Column.number(YEAR, language, r -> r.contribution().year()),
                Column.text(MINISTRY, language, 10, r -> r.contribution().ministry()),
                Column.text(AREA, language, 12, r -> r.contribution().area()),
                Column.number(VERSION, language, r -> r.version().version()),
                Column.number(ROW, language, ListRow::number)));
        columns.addAll(own);
        return columns;
    }
}
