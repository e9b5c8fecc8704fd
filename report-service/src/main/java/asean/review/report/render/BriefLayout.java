package asean.review.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import asean.review.report.brief.Brief;
import asean.review.report.brief.Brief.EventRow;
import asean.review.report.brief.Brief.Ministry;
import asean.review.report.brief.Brief.Source;
import asean.review.report.brief.Brief.Statement;

/**
 * The brief's layout, once for every format: its sections in order, their headings, paragraphs, lists and tables
 * with the same labels, whatever {@link DocumentSink} writes them (Markdown, HTML, PDF, Word). A new section or
 * chart is added here and appears in every format.
 */
final class BriefLayout {

    private final Brief brief;
    private final BriefMessages msg;
    private final Locale locale;
    private final BriefDates dates;
    private final BriefCharts charts;
    private final DocumentSink out;

    private BriefLayout(Brief brief, BriefMessages msg, Locale locale, DocumentSink out) {
        this.brief = brief;
        this.msg = msg;
        this.locale = locale;
        this.dates = new BriefDates(locale, brief.country().timeZone());
        this.charts = new BriefCharts(brief, msg, locale);
        this.out = out;
    }

    static void write(Brief brief, BriefMessages msg, Locale locale, DocumentSink out) {
        new BriefLayout(brief, msg, locale, out).write();
    }

    /** The brief's title, as the document's metadata and the HTML page's title give it. */
    static String title(Brief brief, BriefMessages msg) {
        return msg.title(brief.country().name(), brief.country().nameLocal(), brief.year(), brief.nextYear());
    }

    private void write() {
        titlePage();
        aseanYear();
        participation();
        roles();
        events();
        initiatives();
        difficulties();
        orientations();
        annex();
    }

    private void titlePage() {
        Brief.EditionInfo edition = brief.edition();
        out.titlePage(msg.country(brief.country().name(), brief.country().nameLocal()), title(brief, msg),
                msg.generated() + " " + dates.instant(brief.generatedAt()),
                (edition == null ? msg.workingDraft()
                        : msg.edition(edition.number(), edition.frozenBy(), dates.instant(edition.frozenAt())))
                        + " · " + msg.revision() + " " + BriefDates.abbreviated(brief.revision()));
    }

    private void aseanYear() {
        section(1, msg.sectionAseanYear(brief.year()), "asean-year");
        Brief.AseanYear year = brief.aseanYear();
        if (!year.cycleSet()) {
            out.note(msg.cycleNotSet(brief.year()));
        }
        out.labelled(Text.plain(msg.chair()), Text.plain(year.chair() != null ? year.chair() : msg.notRecorded()));
        out.labelled(Text.plain(msg.theme()), Text.plain(year.theme() != null ? year.theme() : msg.notRecorded()));
        if (year.overview() != null) {
            out.paragraph(Text.plain(year.overview()));
        }
        items(year.facts(), Text::plain, msg.noFacts());
        if (brief.yearOverYear() != null) {
            comparison(brief.yearOverYear());
        }
    }

    /** What changed since the previous year. */
    private void comparison(Brief.YearOverYear compared) {
        int then = compared.previousYear();
        out.heading(2, msg.comparedWith(then), "compared");
        if (!compared.previousRecorded()) {
            out.note(msg.nothingToCompare(then));
            return;
        }
        out.table(new int[] { 52, 16, 16, 16 },
                List.of(msg.measure(), String.valueOf(then), String.valueOf(brief.year()), msg.change()),
                counts(compared));
        out.heading(3, msg.newRoles(brief.year()), null);
        items(compared.newRoles(), this::role, msg.noRoleChanges());
        out.heading(3, msg.endedRoles(then, brief.year()), null);
        items(compared.endedRoles(), this::role, msg.noRoleChanges());
        out.heading(3, msg.noLongerReporting(then, brief.year()), null);
        items(compared.noLongerReporting(), absence -> Text.plain(absence.now() == null ? named(absence.then())
                : msg.mergedInto(named(absence.then()), named(absence.now()))), msg.everyoneStillReports(then));
    }

    /** Each count of the two years side by side, with the change. */
    private List<List<Text>> counts(Brief.YearOverYear compared) {
        Brief.Tally then = compared.previous();
        Brief.Tally now = compared.current();
        List<List<Text>> rows = new ArrayList<>();
        rows.add(change(msg.ministriesReporting(), then.ministries(), now.ministries()));
        rows.add(change(msg.contributionsCount(), then.contributions(), now.contributions()));
        compared.contributionsByPillar().forEach(p -> rows.add(change(msg.contributionsIn(msg.pillar(p.pillar())),
                p.previous(), p.current())));
        rows.add(change(msg.sectionRoles(), then.roles(), now.roles()));
        rows.add(change(msg.sectionEvents(), then.eventsHosted(), now.eventsHosted()));
        rows.add(change(msg.initiativesAdopted(), then.initiativesAdopted(), now.initiativesAdopted()));
        return rows;
    }

    private static List<Text> change(String measure, int previous, int current) {
        int change = current - previous;
        return List.of(Text.plain(measure), Text.plain(String.valueOf(previous)), Text.plain(String.valueOf(current)),
                Text.plain(change > 0 ? "+" + change : change < 0 ? "−" + -change : "0"));
    }

    private Text role(Brief.RoleRow role) {
        return by(role.mechanism() + ": " + msg.roleKind(role.role()), role.ministry(), null);
    }

    private void participation() {
        section(2, msg.sectionParticipation(), "participation");
        out.figure(charts.participation(), "chart-participation");
        for (Brief.PillarSection section : brief.participation()) {
            String anchor = "participation-" + section.pillar().name().toLowerCase(Locale.ROOT);
            out.heading(2, pillar(section.pillar()), anchor);
            if (section.areas().isEmpty()) {
                out.note(msg.noContributions());
            }
            for (Brief.AreaSection area : section.areas()) {
                out.heading(3, area.name(), null);
                for (Brief.MinistryReport report : area.reports()) {
                    Ministry ministry = report.ministry();
                    out.labelled(new Text(msg.ministryName(ministry.name(), ministry.nameLocal()), null,
                            attribution(ministry, report.source())), written(report.summary(), report.source()));
                    items(report.outcomes(), outcome -> by(outcome, report.ministry(), report.source()), null);
                }
            }
        }
    }

    private void roles() {
        section(3, msg.sectionRoles(), "roles");
        table(brief.roles(), msg.noRoles(), new int[] { 36, 18, 18, 12, 16 },
                List.of(msg.mechanism(), msg.role(), msg.partner(), msg.ministry(), msg.term()),
                r -> List.of(written(r.mechanism(), r.source()), Text.plain(msg.roleKind(r.role())),
                        written(dash(r.partner()), r.source()), code(r.ministry(), r.source()),
                        written(dash(r.term()), r.source())));
    }

    private void events() {
        section(4, msg.sectionEvents(), "events");
        out.figure(charts.eventsByMonth(), "chart-events");
        eventTable(brief.events(), msg.noEvents());
    }

    private void initiatives() {
        section(5, msg.sectionInitiatives(), "initiatives");
        table(brief.initiatives(), msg.noInitiatives(), new int[] { 64, 20, 16 },
                List.of(msg.initiative(), msg.status(), msg.ministry()),
                i -> List.of(written(i.description() == null ? i.title() : i.title() + ": " + i.description(),
                        i.source()), Text.plain(msg.initiativeStatus(i.status())), code(i.ministry(), i.source())));
    }

    private void difficulties() {
        section(6, msg.sectionDifficulties(), "difficulties");
        out.heading(2, msg.difficulties(), "difficulties-list");
        items(brief.difficulties(), this::statement, msg.noDifficulties());
        out.heading(2, msg.recommendations(), "recommendations");
        items(brief.recommendations(), this::statement, msg.noRecommendations());
    }

    private void orientations() {
        section(7, msg.sectionOrientations(brief.nextYear()), "orientations");
        out.heading(2, msg.priorities(), "priorities");
        if (brief.orientations().priorities().isEmpty()) {
            out.note(msg.noPriorities());
        }
        for (Brief.PillarPriorities priorities : brief.orientations().priorities()) {
            out.heading(3, pillar(priorities.pillar()), null);
            items(priorities.priorities(), this::statement, null);
        }
        out.heading(2, msg.plannedEvents(), "planned-events");
        eventTable(brief.orientations().plannedEvents(), msg.noPlannedEvents());
    }

    private void annex() {
        section(8, msg.sectionAnnex(), "annex");
        if (brief.annex().deadline() != null) {
            out.paragraph(Text.plain(msg.deadline(dates.date(brief.annex().deadline()))));
        } else {
            out.note(msg.annexWithoutCycle());
        }
        if (brief.annex().deadline() != null) {
            out.figure(charts.completeness(), "chart-completeness");
        }
        table(brief.annex().ministries(), msg.noMinistries(), new int[] { 34, 12, 14, 40 },
                List.of(msg.ministry(), msg.expected(), msg.status(), msg.contributionsUsed()),
                m -> List.of(Text.plain(named(m.ministry())),
                        Text.plain(m.expected() ? msg.yes() : msg.no()),
                        Text.plain(m.status() == null ? "—" : msg.submissionStatus(m.status())),
                        Text.plain(m.used().isEmpty() ? msg.none() : String.join("\n", m.used().stream()
                                .map(u -> u.area() + " v" + u.version()
                                        + (u.amended() ? " (" + msg.amended() + ")" : "")
                                        + (u.enteredOnBehalfBy() == null ? ""
                                                : ", " + msg.enteredByOffice(u.enteredOnBehalfBy()))
                                        + ", " + dates.instant(u.registeredAt()))
                                .toList()))));
        out.heading(2, msg.notAccepted(), "not-accepted");
        table(brief.annex().notAccepted(), msg.allAccepted(), new int[] { 34, 24, 10, 16, 16 },
                List.of(msg.ministry(), msg.area(), msg.version(), msg.status(), msg.submitted()),
                r -> List.of(Text.plain(named(r.ministry())), Text.plain(r.area()), Text.plain("v" + r.version()),
                        Text.plain(msg.reviewState(r.state())), Text.plain(dates.instant(r.submittedAt()))));
    }

    private void section(int number, String title, String anchor) {
        out.heading(1, number + ". " + title, anchor);
    }

    private void eventTable(List<EventRow> events, String none) {
        table(events, none, new int[] { 42, 13, 15, 17, 13 },
                List.of(msg.event(), msg.date(), msg.city(), msg.level(), msg.ministry()),
                e -> List.of(written(e.name(), e.source()), Text.plain(dates.dateOrMonth(e.date())),
                        written(dash(e.city()), e.source()),
                        Text.plain(e.level() == null ? "—" : msg.eventLevel(e.level())),
                        code(e.ministry(), e.source())));
    }

    private <T> void table(List<T> rows, String none, int[] widths, List<String> headers,
            Function<T, List<Text>> cells) {
        if (rows.isEmpty()) {
            out.note(none);
        } else {
            out.table(widths, headers, rows.stream().map(cells).toList());
        }
    }

    private <T> void items(List<T> items, Function<T, Text> text, String none) {
        if (items.isEmpty()) {
            if (none != null) {
                out.note(none);
            }
        } else {
            out.items(items.stream().map(text).toList());
        }
    }

    private String pillar(asean.review.contract.Pillar pillar) {
        return msg.pillar(pillar) + " (" + pillar + ")";
    }

    /** "Ministry of Foreign Affairs (MOFA)", in the language of the document. */
    private String named(Ministry ministry) {
        return msg.ministryName(ministry.name(), ministry.nameLocal()) + " (" + ministry.code() + ")";
    }

    private Text statement(Statement statement) {
        return by(statement.text(), statement.ministry(), statement.source());
    }

    private Text by(String words, Ministry ministry, Source source) {
        return new Text(words, foreignLanguage(source), attribution(ministry, source));
    }

    private Text code(Ministry ministry, Source source) {
        return Text.ministryOnly(new Text.Attribution(ministry.code(), source, null));
    }

    /** Words a ministry wrote, marked with their language when it is not the brief's. */
    private Text written(String words, Source source) {
        return new Text(words, foreignLanguage(source), null);
    }

    /** "MOFA", or "MOFA, in Vietnamese" when the contribution is not in the brief's language. */
    private Text.Attribution attribution(Ministry ministry, Source source) {
        String language = foreignLanguage(source);
        return new Text.Attribution(ministry.code(), source,
                language == null ? null : msg.writtenIn(languageName(language)));
    }

    /** "Vietnamese", "tiếng Việt", "Vietnam": the language's name as the brief's language writes it in a sentence. */
    private String languageName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(locale);
        return "vi".equals(locale.getLanguage()) ? name.substring(0, 1).toLowerCase(locale) + name.substring(1) : name;
    }

    /** The language a contribution was written in, when it is not the brief's; null when it is or is not known. */
    private String foreignLanguage(Source source) {
        if (source == null || source.language() == null) {
            return null;
        }
        String language = Locale.forLanguageTag(source.language()).getLanguage();
        return language.isEmpty() || language.equals(locale.getLanguage()) ? null : language;
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
