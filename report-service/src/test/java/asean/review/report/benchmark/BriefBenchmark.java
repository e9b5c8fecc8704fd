package asean.review.report.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.Pillar;
import asean.review.contract.ReferenceData;
import asean.review.contract.api.RegisteredContribution;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.report.ExampleData;
import asean.review.report.brief.Brief;
import asean.review.report.brief.BriefCompiler;
import asean.review.report.brief.BriefInputs;
import asean.review.report.render.BriefFormat;
import asean.review.report.render.BriefRenderer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Prints how long a brief takes to compile and render, and how much it allocates, for a year with 20,
 * 500 and 5,000 contributions, in every format. It measures; it asserts nothing. Not part of
 * {@code ./mvnw verify}: run it with {@code ./mvnw -pl report-service -am verify -Pbenchmark}
 * (see the README of report-service).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class BriefBenchmark {

    private static final int RUNS = 3;

    @Inject
    BriefRenderer renderer;

    @Test
    void printFigures() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        renderAll(inputs(20), threads, thread, false);
        System.out.printf("%nBrief benchmark (best of %d runs; allocated = bytes allocated by the run)%n", RUNS);
        System.out.printf("%-14s %-8s %10s %12s %12s%n", "contributions", "format", "time ms", "allocated MB",
                "output KB");
        for (int size : new int[] { 20, 500, 5_000 }) {
            renderAll(inputs(size), threads, thread, true);
        }
    }

    private void renderAll(BriefInputs inputs, com.sun.management.ThreadMXBean threads, long thread, boolean print) {
        long best = Long.MAX_VALUE;
        long allocated = 0;
        Brief brief = null;
        for (int run = 0; run < RUNS; run++) {
            long bytes = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            brief = BriefCompiler.compile(inputs, Instant.now());
            long elapsed = System.nanoTime() - start;
            if (elapsed < best) {
                best = elapsed;
                allocated = threads.getThreadAllocatedBytes(thread) - bytes;
            }
        }
        if (print) {
            System.out.printf("%-14d %-8s %10.1f %12.1f %12s%n", inputs.contributions().size(), "compile",
                    best / 1e6, allocated / 1e6, "");
        }
        for (BriefFormat format : BriefFormat.values()) {
            best = Long.MAX_VALUE;
            int size = 0;
            for (int run = 0; run < RUNS; run++) {
                long bytes = threads.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                size = renderer.render(brief, format, Locale.ENGLISH).length;
                long elapsed = System.nanoTime() - start;
                if (elapsed < best) {
                    best = elapsed;
                    allocated = threads.getThreadAllocatedBytes(thread) - bytes;
                }
            }
            if (print) {
                System.out.printf("%-14d %-8s %10.1f %12.1f %12d%n", inputs.contributions().size(),
                        format.extension(), best / 1e6, allocated / 1e6, size / 1024);
            }
        }
    }

    /**
     * {@code count} contributions for 2024, each with a role, an event, an initiative and a priority, and as many for
     * 2023, half of them on the same mechanisms, for the comparison of the two years.
     */
    static BriefInputs inputs(int count) {
        ReferenceData.Dataset reference = ExampleData.reference();
        return new BriefInputs(2024, Optional.of(ExampleData.cycle(2024)), Optional.empty(),
                contributions(reference, 2024, count, 0), List.of(), reference,
                contributions(reference, 2023, count, count / 2));
    }

    private static List<RegisteredContribution> contributions(ReferenceData.Dataset reference, int year, int count,
            int firstMechanism) {
        List<ReferenceData.Ministry> ministries = reference.ministries().stream()
                .filter(m -> m.existedIn(year)).toList();
        List<RegisteredContribution> contributions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int i = firstMechanism + n;
            String ministry = ministries.get(i % ministries.size()).code();
            Pillar pillar = Pillar.values()[i % Pillar.values().length];
            String event = String.format("%d-%02d-%02d", year, 1 + i % 12, 1 + i % 28);
            contributions.add(ExampleData.accepted(UUID.nameUUIDFromBytes((year + "c" + i).getBytes()), 1 + i % 3,
                    Instant.parse(year + "-12-01T00:00:00Z"),
                    new Contribution(year, ministry, pillar.name(), "OTHER", "Mechanism " + i + " of Hà Nội",
                            "Summary " + i + ": Viet Nam took part in the work of mechanism " + i
                                    + " and contributed to its results (Đỗ Hùng Việt, Đà Nẵng).",
                            List.of("Outcome " + i + " achieved"),
                            List.of(new Contribution.Role("Mechanism " + i, "CHAIR", "Partner " + i, "2024")),
                            List.of(new Contribution.Event("Meeting " + i, event, "Hà Nội", "WORKING")),
                            List.of(new Contribution.Initiative("Initiative " + i, "PROPOSED", "Description " + i)),
                            List.of("Difficulty " + i), List.of("Recommendation " + i),
                            new Contribution.NextYear(List.of("Priority " + i),
                                    List.of(new Contribution.Event("Planned " + i, "2025-03", "Huế", "OTHER"))),
                            "en")));
        }
        return contributions;
    }
}
