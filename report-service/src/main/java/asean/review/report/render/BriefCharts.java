package asean.review.report.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import asean.review.contract.api.Completeness;
import asean.review.report.brief.Brief;
import asean.review.report.chart.BarChart;
import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.BarChart.Orientation;

/** The brief's charts, counted from the compiled brief, every text in the brief's language. */
final class BriefCharts {

    private final Brief brief;
    private final BriefMessages msg;
    private final Locale locale;

    BriefCharts(Brief brief, BriefMessages msg, Locale locale) {
        this.brief = brief;
        this.msg = msg;
        this.locale = locale;
    }

    /** Contributions per pillar. */
    BarChart participation() {
        List<Bar> bars = brief.participation().stream().map(section -> new Bar(msg.pillar(section.pillar()),
                section.areas().stream().mapToInt(area -> area.reports().size()).sum())).toList();
        return new BarChart(msg.chartParticipation(), msg.chartParticipationDescription(brief.year()),
                msg.noContributionsAtAll(), Orientation.HORIZONTAL, bars);
    }

    /** Events hosted in each month of the year (an event dated by its month only counts in that month). */
    BarChart eventsByMonth() {
        int[] counts = new int[12];
        brief.events().stream().filter(e -> e.date().startsWith(brief.year() + "-"))
                .forEach(e -> counts[Integer.parseInt(e.date().substring(5, 7)) - 1]++);
        List<Bar> bars = new ArrayList<>();
        for (Month month : Month.values()) {
            bars.add(new Bar(month.getDisplayName(TextStyle.SHORT_STANDALONE, locale), counts[month.ordinal()]));
        }
        return new BarChart(msg.chartEvents(), msg.chartEventsDescription(brief.year()), msg.noEvents(),
                Orientation.VERTICAL, bars);
    }

    /** The expected ministries by where their reports stand. */
    BarChart completeness() {
        List<Bar> bars = new ArrayList<>();
        for (Completeness.Status status : Completeness.Status.values()) {
            int count = (int) brief.annex().ministries().stream()
                    .filter(m -> m.expected() && m.status() == status).count();
            if (count > 0 || status == Completeness.Status.ON_TIME || status == Completeness.Status.MISSING) {
                bars.add(new Bar(msg.submissionStatus(status), count));
            }
        }
        return new BarChart(msg.chartCompleteness(), msg.chartCompletenessDescription(brief.year()),
                msg.noMinistries(), Orientation.HORIZONTAL, bars);
    }
}
