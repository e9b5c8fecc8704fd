package asean.review.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads reference data from JSON files. A location is either {@code classpath:...} or a file path,
 * so another country's office points {@code ministries} at its own file without a code change.
 */
public final class ReferenceDataLoader {

    public static final String DEFAULT_MINISTRIES = "classpath:reference/vn/ministries.json";
    public static final String DEFAULT_AREAS = "classpath:reference/areas.json";
    public static final String DEFAULT_CHAIRS = "classpath:reference/chairs.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ReferenceDataLoader() {
    }

    public static ReferenceData loadDefaults() {
        return load(DEFAULT_MINISTRIES, DEFAULT_AREAS, DEFAULT_CHAIRS);
    }

    public static ReferenceData load(String ministries, String areas, String chairs) {
        MinistriesFile country = read(ministries, new TypeReference<>() {
        });
        List<ReferenceData.Area> areaList = read(areas, new TypeReference<>() {
        });
        List<ReferenceData.Chair> chairList = read(chairs, new TypeReference<>() {
        });
        return new ReferenceData(country.country(), country.ministries(), areaList, chairList);
    }

    private static <T> T read(String location, TypeReference<T> type) {
        try (InputStream in = open(location)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data from " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no such classpath resource: " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    record MinistriesFile(ReferenceData.Country country, List<ReferenceData.Ministry> ministries) {
    }
}
