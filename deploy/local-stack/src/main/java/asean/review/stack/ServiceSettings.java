package asean.review.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the local stack tells each service beyond its {@code application.properties} (as system properties), by
 * service name: the settings a server's environment files must give too ({@code deploy/server/env/}).
 */
public record ServiceSettings(String issuer, String kafkaBootstrapServers, Map<String, String> jdbcUrls,
        String databaseUser, String pagesClientSecret, String sessionSecret, String peopleClientSecret,
        String mailClientSecret, String mailHost, int mailPort, String officeMailbox, String registryUrl,
        String ministriesUrl) {

    public Map<String, Map<String, String>> byService() {
        Map<String, String> auth = Map.of("asean.oidc.issuer", issuer);
        Map<String, String> pages = with(auth,
                "asean.pages.client-secret", pagesClientSecret,
                "asean.pages.session-secret", sessionSecret);
        Map<String, Map<String, String>> services = new LinkedHashMap<>();
        services.put("registry-service", with(auth,
                "kafka.bootstrap.servers", kafkaBootstrapServers,
                "quarkus.datasource.jdbc.url", jdbcUrls.get("registry"),
                "quarkus.datasource.username", databaseUser,
                "quarkus.mailer.host", mailHost,
                "quarkus.mailer.port", Integer.toString(mailPort),
                "asean.mail.people.client-secret", mailClientSecret,
                "asean.mail.ministries-url", ministriesUrl,
                "asean.mail.office", officeMailbox));
        services.put("ingest-service", with(pages,
                "kafka.bootstrap.servers", kafkaBootstrapServers,
                "quarkus.datasource.jdbc.url", jdbcUrls.get("ingest"),
                "quarkus.datasource.username", databaseUser,
                "ingest.status-base-url", registryUrl));
        services.put("report-service", with(pages,
                "quarkus.rest-client.registry.url", registryUrl,
                "quarkus.datasource.jdbc.url", jdbcUrls.get("report"),
                "quarkus.datasource.username", databaseUser,
                "asean.people.client-secret", peopleClientSecret,
                "asean.pages.ministries-url", ministriesUrl));
        return services;
    }

    private static Map<String, String> with(Map<String, String> common, String... keysAndValues) {
        Map<String, String> properties = new LinkedHashMap<>(common);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
