package asean.review.stack.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The business series a service shows at {@code /q/metrics}: the lines starting {@code asean_}, and the Kafka
 * consumer's lag ({@code records_lag}). Read before and after the load, so that one sees them move.
 */
public final class BusinessMetrics {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BusinessMetrics() {
    }

    /** The business lines of the service at {@code url}, or one line saying why there are none. */
    public static List<String> of(String url) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() != 200) {
                return List.of("no metrics endpoint (/q/metrics answered " + metrics.statusCode() + ")");
            }
            List<String> series = metrics.body().lines().filter(line -> !line.startsWith("#")).toList();
            List<String> business = series.stream()
                    .filter(line -> line.startsWith("asean_") || line.contains("records_lag")).toList();
            return business.isEmpty()
                    ? List.of("no asean_ or records_lag series (of " + series.size() + " at /q/metrics)")
                    : business;
        } catch (IOException e) {
            return List.of("no metrics endpoint (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
