package asean.review.report.render;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import asean.review.report.brief.Brief;
import asean.review.report.brief.Brief.EventRow;
import asean.review.report.brief.Brief.Ministry;
import asean.review.report.brief.Brief.Statement;

/**
 * The brief as a printed document, section by section: what the PDF and the Word document both carry,
 * in the same order and with the same labels, whatever writes the blocks.
 */
final class PrintedBrief {

    private final Brief brief;
    private final BriefMessages msg;
    private final Locale locale;
    private final DocumentSink out;

    private PrintedBrief(Brief brief, BriefMessages msg, Locale locale, DocumentSink out) {
        this.brief = brief;
        this.msg = msg;
        this.locale = locale;
        this.out = out;
    }

    static void print(Brief brief, BriefMessages msg, Locale locale, DocumentSink out) {
        new PrintedBrief(brief, msg, locale, out).print();
    }

    private void print() {
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
        out.titlePage(msg.country(brief.country().name(), brief.country().nameLocal()),
                msg.title(brief.country().name(), brief.country().nameLocal(), brief.year(), brief.nextYear()),
                msg.generated() + " " + BriefTemplateExtensions.display(brief.generatedAt(), locale),
                (edition == null ? msg.workingDraft()
                        : msg.edition(edition.number(), edition.frozenBy(),
                                BriefTemplateExtensions.display(edition.frozenAt(), locale)))
                        + " · " + msg.revision() + " " + BriefTemplateExtensions.abbreviated(brief.revision()));
    }

    private void aseanYear() {
        out.heading(1, "1. " + msg.sectionAseanYear(brief.year()));
        Brief.AseanYear year = brief.aseanYear();
        if (!year.cycleSet()) {
            out.paragraph(msg.cycleNotSet(brief.year()));
        }
        out.labelled(msg.chair(), year.chair() != null ? year.chair() : msg.notRecorded());
        out.labelled(msg.theme(), year.theme() != null ? year.theme() : msg.notRecorded());
        if (year.overview() != null) {
            out.paragraph(year.overview());
        }
        items(year.facts(), fact -> fact, msg.noFacts());
    }

    private void participation() {
        out.heading(1, "2. " + msg.sectionParticipation());
        for (Brief.PillarSection section : brief.participation()) {
            out.heading(2, msg.pillar(section.pillar()) + " (" + section.pillar() + ")");
            if (section.areas().isEmpty()) {
                out.paragraph(msg.noContributions());
            }
            for (Brief.AreaSection area : section.areas()) {
                out.heading(3, area.name());
                for (Brief.MinistryReport report : area.reports()) {
                    out.labelled(named(report.ministry()), report.summary());
                    items(report.outcomes(), outcome -> attributed(outcome, report.ministry()), null);
                }
            }
        }
    }

    private void roles() {
        out.heading(1, "3. " + msg.sectionRoles());
        table(brief.roles(), msg.noRoles(), new int[] { 36, 18, 18, 12, 16 },
                List.of(msg.mechanism(), msg.role(), msg.partner(), msg.ministry(), msg.term()),
                r -> List.of(r.mechanism(), msg.roleKind(r.role()), dash(r.partner()), r.ministry().code(),
                        dash(r.term())));
    }

    private void events() {
        out.heading(1, "4. " + msg.sectionEvents());
        eventTable(brief.events(), msg.noEvents());
    }

    private void initiatives() {
        out.heading(1, "5. " + msg.sectionInitiatives());
        table(brief.initiatives(), msg.noInitiatives(), new int[] { 64, 20, 16 },
                List.of(msg.initiative(), msg.status(), msg.ministry()),
                i -> List.of(i.description() == null ? i.title() : i.title() + ": " + i.description(),
                        msg.initiativeStatus(i.status()), i.ministry().code()));
    }

    private void difficulties() {
        out.heading(1, "6. " + msg.sectionDifficulties());
        out.heading(2, msg.difficulties());
        items(brief.difficulties(), PrintedBrief::attributed, msg.noDifficulties());
        out.heading(2, msg.recommendations());
        items(brief.recommendations(), PrintedBrief::attributed, msg.noRecommendations());
    }

    private void orientations() {
        out.heading(1, "7. " + msg.sectionOrientations(brief.nextYear()));
        out.heading(2, msg.priorities());
        if (brief.orientations().priorities().isEmpty()) {
            out.paragraph(msg.noPriorities());
        }
        for (Brief.PillarPriorities priorities : brief.orientations().priorities()) {
            out.heading(3, msg.pillar(priorities.pillar()) + " (" + priorities.pillar() + ")");
            items(priorities.priorities(), PrintedBrief::attributed, null);
        }
        out.heading(2, msg.plannedEvents());
        eventTable(brief.orientations().plannedEvents(), msg.noPlannedEvents());
    }

    private void annex() {
        out.heading(1, "8. " + msg.sectionAnnex());
        out.paragraph(brief.annex().deadline() != null
                ? msg.deadline(BriefTemplateExtensions.display(brief.annex().deadline(), locale))
                : msg.annexWithoutCycle());
        table(brief.annex().ministries(), msg.noMinistries(), new int[] { 34, 12, 14, 40 },
                List.of(msg.ministry(), msg.expected(), msg.status(), msg.contributionsUsed()),
                m -> List.of(named(m.ministry()),
                        m.expected() ? msg.yes() : msg.no(),
                        m.status() == null ? "—" : msg.submissionStatus(m.status()),
                        m.used().isEmpty() ? msg.none() : String.join("; ", m.used().stream()
                                .map(u -> u.area() + " v" + u.version()
                                        + (u.amended() ? " (" + msg.amended() + ")" : "")
                                        + (u.enteredOnBehalfBy() == null ? ""
                                                : ", " + msg.enteredByOffice(u.enteredOnBehalfBy()))
                                        + ", " + BriefTemplateExtensions.display(u.registeredAt(), locale))
                                .toList())));
        out.heading(2, msg.notAccepted());
        table(brief.annex().notAccepted(), msg.allAccepted(), new int[] { 34, 24, 10, 16, 16 },
                List.of(msg.ministry(), msg.area(), msg.version(), msg.status(), msg.submitted()),
                r -> List.of(named(r.ministry()), r.area(), "v" + r.version(), msg.reviewState(r.state()),
                        BriefTemplateExtensions.display(r.submittedAt(), locale)));
    }

    private void eventTable(List<EventRow> events, String none) {
        table(events, none, new int[] { 42, 13, 15, 17, 13 },
                List.of(msg.event(), msg.date(), msg.city(), msg.level(), msg.ministry()),
                e -> List.of(e.name(), BriefTemplateExtensions.displayDate(e.date(), locale), dash(e.city()),
                        e.level() == null ? "—" : msg.eventLevel(e.level()), e.ministry().code()));
    }

    private <T> void table(List<T> rows, String none, int[] widths, List<String> headers,
            Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            out.paragraph(none);
        } else {
            out.table(widths, headers, rows.stream().map(cells).toList());
        }
    }

    private <T> void items(List<T> items, Function<T, String> text, String none) {
        if (items.isEmpty() && none != null) {
            out.paragraph(none);
        }
        items.forEach(item -> out.item(text.apply(item)));
    }

    /** "Ministry of Foreign Affairs (MOFA)", in the language of the document. */
    private String named(Ministry ministry) {
        return msg.ministryName(ministry.name(), ministry.nameLocal()) + " (" + ministry.code() + ")";
    }

    private static String attributed(Statement statement) {
        return attributed(statement.text(), statement.ministry());
    }

    private static String attributed(String text, Ministry ministry) {
        return text + " (" + ministry.code() + ")";
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
