package asean.review.infra.quarkus;

import java.util.Optional;

/** Reads a series' value from what a service's {@code /q/metrics} answers (the Prometheus text format). */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The value of {@code series}, written as Prometheus writes it: name and labels in its order, e.g.
     * {@code asean_submissions_rejected_total{reason="invalid"}}; fails when the scrape has no such series.
     */
    public static double value(String scrape, String series) {
        return find(scrape, series).orElseThrow(() -> new AssertionError("no series " + series + " in:\n" + scrape));
    }

    public static Optional<Double> find(String scrape, String series) {
        return scrape.lines()
                .filter(line -> line.startsWith(series + " "))
                .map(line -> Double.valueOf(line.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst();
    }
}
