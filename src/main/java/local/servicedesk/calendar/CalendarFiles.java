package local.servicedesk.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads statutory calendar years from YAML: those shipped in {@code classpath:calendar/} and those an admin lays in
 * the calendar directory ({@code desk.calendar.directory}).
 */
final class CalendarFiles {

    static final String SHIPPED = "classpath*:calendar/holidays-*.yaml";

    /** Also writes the years kept in the database, so that they read back exactly as they were sent. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final Logger log = LoggerFactory.getLogger(CalendarFiles.class);

    private CalendarFiles() {}

    /** The shipped years; a broken one stops the desk, since it would be a fault of the build. */
    static List<CalendarYears.Entry> shipped() {
        List<CalendarYears.Entry> years = new ArrayList<>();
        for (Resource resource : resources(SHIPPED)) {
            years.add(new CalendarYears.Entry(read(resource), CalendarYears.Origin.CLASSPATH));
        }
        return years;
    }

    /** The directory's years; a broken file is skipped with an error, its year falling back to Monday to Friday. */
    static List<CalendarYears.Entry> directory(Path directory) {
        if (directory == null) {
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            log.warn("Calendar directory {} does not exist: no statutory calendar years read from it", directory);
            return List.of();
        }
        List<CalendarYears.Entry> years = new ArrayList<>();
        for (Path file : yamlFiles(directory)) {
            try {
                years.add(new CalendarYears.Entry(read(new FileSystemResource(file)), CalendarYears.Origin.DIRECTORY));
                log.info("Statutory calendar read from {}", file);
            } catch (InvalidCalendarYear | UncheckedIOException | IllegalArgumentException e) {
                log.error("Calendar file {} is skipped: {}", file, e.getMessage());
            }
        }
        return years;
    }

    static HolidayYear read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            HolidayYear year = JSON.convertValue(plain(document), HolidayYear.class);
            List<String> problems = year.problems();
            if (!problems.isEmpty()) {
                throw new InvalidCalendarYear(String.valueOf(resource), problems);
            }
            return year;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** YAML reads an unquoted 2026-01-01 as a timestamp; the calendar wants the date as written. */
    private static Object plain(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, plain(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CalendarFiles::plain).toList();
        }
        return value;
    }
}
