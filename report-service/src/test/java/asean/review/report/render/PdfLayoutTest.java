package asean.review.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import asean.review.contract.api.Cycle;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.report.ExampleData;
import asean.review.report.brief.BriefCompiler;
import asean.review.report.brief.BriefInputs;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Wherever on a page a table starts, the PDF carries it whole: the 2024 brief pushed down line by line. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class PdfLayoutTest {

    @Inject
    PdfWriter pdf;

    @Test
    void everyTableIsPrintedWhereverItStartsOnThePage() throws IOException {
        BriefInputs inputs = ExampleData.inputs(2024);
        Cycle cycle = inputs.cycle().orElseThrow();
        for (int lines = 0; lines < 45; lines++) {
            List<String> facts = new ArrayList<>(cycle.facts());
            for (int i = 0; i < lines; i++) {
                facts.add("Filler fact " + i);
            }
            BriefInputs pushed = new BriefInputs(2024, java.util.Optional.of(new Cycle(cycle.year(), cycle.chair(),
                    cycle.theme(), cycle.overview(), facts, cycle.deadline(), cycle.expectedMinistries(),
                    cycle.updatedAt())), inputs.completeness(), inputs.contributions(), inputs.notAccepted(),
                    inputs.reference());
            byte[] document = pdf.write(BriefCompiler.compile(pushed, Instant.EPOCH),
                    MessageBundles.get(BriefMessages.class, Localized.Literal.of("en")), Locale.ENGLISH);
            try (PDDocument read = Loader.loadPDF(document)) {
                String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
                assertThat(text).as("pushed down by %d lines", lines).contains(
                        "Mechanism Role Partner Ministry Term ASEAN Customs (Directors-General of Customs)",
                        "Event Date City Level Ministry ASEAN information officials' meeting",
                        "Initiative Status Ministry ASEAN Future Forum 2025",
                        "Contributions used (area, version, registered) Ministry of Foreign Affairs (MOFA) yes");
            }
        }
    }
}
