package asean.review.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import asean.review.report.brief.Brief;
import asean.review.report.brief.Brief.EventRow;
import asean.review.report.brief.Brief.Ministry;
import asean.review.report.brief.Brief.Statement;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Writes the brief as a Word document the office can edit: Word's built-in heading styles (so the
 * navigation pane and a table of contents work), real tables, the same labels as every other format.
 */
@ApplicationScoped
public class DocxWriter {

    private static final String BULLET = "– ";
    /** The width of the text on an A4 page with Word's default margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9_026;

    public byte[] write(Brief brief, Locale language) {
        BriefMessages msg = MessageBundles.get(BriefMessages.class, Localized.Literal.of(language.toLanguageTag()));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(styles());
            new Writer(doc, brief, msg, language).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the brief as DOCX", e);
        }
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles styles() throws IOException {
        try (InputStream in = DocxWriter.class.getClassLoader().getResourceAsStream("docx/styles.xml")) {
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("docx/styles.xml is not valid", e);
        }
    }

    /** One document being written. */
    private record Writer(XWPFDocument doc, Brief brief, BriefMessages msg, Locale locale) {

        void write() {
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
            paragraph("Subtitle", msg.country(brief.country().name(), brief.country().nameLocal()));
            paragraph("Title", msg.title(brief.country().name(), brief.country().nameLocal(), brief.year(),
                    brief.nextYear()));
            paragraph("Subtitle", msg.generated() + " " + BriefTemplateExtensions.display(brief.generatedAt(), locale));
            Brief.EditionInfo edition = brief.edition();
            paragraph("Subtitle", (edition == null ? msg.workingDraft()
                    : msg.edition(edition.number(), edition.frozenBy(),
                            BriefTemplateExtensions.display(edition.frozenAt(), locale)))
                    + " · " + msg.revision() + " " + BriefTemplateExtensions.abbreviated(brief.revision()));
            doc.createParagraph().setPageBreak(true);
        }

        private void aseanYear() {
            heading(1, "1. " + msg.sectionAseanYear(brief.year()));
            Brief.AseanYear year = brief.aseanYear();
            if (!year.cycleSet()) {
                paragraph(null, msg.cycleNotSet(brief.year()));
            }
            labelled(msg.chair(), year.chair() != null ? year.chair() : msg.notRecorded());
            labelled(msg.theme(), year.theme() != null ? year.theme() : msg.notRecorded());
            if (year.overview() != null) {
                paragraph(null, year.overview());
            }
            items(year.facts(), fact -> fact, msg.noFacts());
        }

        private void participation() {
            heading(1, "2. " + msg.sectionParticipation());
            for (Brief.PillarSection section : brief.participation()) {
                heading(2, msg.pillar(section.pillar()) + " (" + section.pillar() + ")");
                if (section.areas().isEmpty()) {
                    paragraph(null, msg.noContributions());
                }
                for (Brief.AreaSection area : section.areas()) {
                    heading(3, area.name());
                    for (Brief.MinistryReport report : area.reports()) {
                        labelled(named(report.ministry()), report.summary());
                        items(report.outcomes(), outcome -> attributed(outcome, report.ministry()), null);
                    }
                }
            }
        }

        private void roles() {
            heading(1, "3. " + msg.sectionRoles());
            table(brief.roles(), msg.noRoles(), new int[] { 36, 18, 18, 12, 16 },
                    List.of(msg.mechanism(), msg.role(), msg.partner(), msg.ministry(), msg.term()),
                    r -> List.of(r.mechanism(), msg.roleKind(r.role()), dash(r.partner()), r.ministry().code(),
                            dash(r.term())));
        }

        private void events() {
            heading(1, "4. " + msg.sectionEvents());
            eventTable(brief.events(), msg.noEvents());
        }

        private void initiatives() {
            heading(1, "5. " + msg.sectionInitiatives());
            table(brief.initiatives(), msg.noInitiatives(), new int[] { 64, 20, 16 },
                    List.of(msg.initiative(), msg.status(), msg.ministry()),
                    i -> List.of(i.description() == null ? i.title() : i.title() + ": " + i.description(),
                            msg.initiativeStatus(i.status()), i.ministry().code()));
        }

        private void difficulties() {
            heading(1, "6. " + msg.sectionDifficulties());
            heading(2, msg.difficulties());
            items(brief.difficulties(), Writer::attributed, msg.noDifficulties());
            heading(2, msg.recommendations());
            items(brief.recommendations(), Writer::attributed, msg.noRecommendations());
        }

        private void orientations() {
            heading(1, "7. " + msg.sectionOrientations(brief.nextYear()));
            heading(2, msg.priorities());
            if (brief.orientations().priorities().isEmpty()) {
                paragraph(null, msg.noPriorities());
            }
            for (Brief.PillarPriorities priorities : brief.orientations().priorities()) {
                heading(3, msg.pillar(priorities.pillar()) + " (" + priorities.pillar() + ")");
                items(priorities.priorities(), Writer::attributed, null);
            }
            heading(2, msg.plannedEvents());
            eventTable(brief.orientations().plannedEvents(), msg.noPlannedEvents());
        }

        private void annex() {
            heading(1, "8. " + msg.sectionAnnex());
            paragraph(null, brief.annex().deadline() != null
                    ? msg.deadline(BriefTemplateExtensions.display(brief.annex().deadline(), locale))
                    : msg.annexWithoutCycle());
            table(brief.annex().ministries(), msg.noMinistries(), new int[] { 34, 12, 14, 40 },
                    List.of(msg.ministry(), msg.expected(), msg.status(), msg.contributionsUsed()),
                    m -> List.of(named(m.ministry()),
                            m.expected() ? msg.yes() : msg.no(),
                            m.status() == null ? "—" : msg.submissionStatus(m.status()),
                            m.used().isEmpty() ? msg.none() : String.join("; ", m.used().stream()
                                    .map(u -> u.area() + " v" + u.version()
                                            + (u.amended() ? " (" + msg.amended() + ")" : "") + ", "
                                            + BriefTemplateExtensions.display(u.registeredAt(), locale))
                                    .toList())));
            heading(2, msg.notAccepted());
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

        /** A table with a header row repeated on every page; {@code widths} are percentages of the page. */
        private <T> void table(List<T> rows, String none, int[] widths, List<String> headers,
                Function<T, List<String>> cells) {
            if (rows.isEmpty()) {
                paragraph(null, none);
                return;
            }
            XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
            table.setStyleID("TableGrid");
            table.setWidth("100%");
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            for (int i = 0; i < widths.length; i++) {
                CTTblGridCol column = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
                column.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS * widths[i] / 100));
            }
            fill(table.getRow(0), headers, widths, true);
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < rows.size(); i++) {
                fill(table.getRow(i + 1), cells.apply(rows.get(i)), widths, false);
            }
            doc.createParagraph();
        }

        private static void fill(XWPFTableRow row, List<String> values, int[] widths, boolean header) {
            for (int i = 0; i < values.size(); i++) {
                row.getCell(i).setWidth(widths[i] + "%");
                XWPFParagraph cell = row.getCell(i).getParagraphs().get(0);
                var run = cell.createRun();
                run.setBold(header);
                run.setText(values.get(i));
            }
        }

        private void heading(int level, String text) {
            paragraph("Heading" + level, text);
        }

        private void labelled(String label, String text) {
            XWPFParagraph p = doc.createParagraph();
            var bold = p.createRun();
            bold.setBold(true);
            bold.setText(label + ": ");
            p.createRun().setText(text);
        }

        private <T> void items(List<T> items, Function<T, String> text, String none) {
            if (items.isEmpty() && none != null) {
                paragraph(null, none);
            }
            items.forEach(item -> paragraph("ListParagraph", BULLET + text.apply(item)));
        }

        private void paragraph(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            String[] lines = text.split("\\R", -1);
            var run = p.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
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
}
