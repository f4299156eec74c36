package local.servicedesk.duty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The roster as YAML (the shipped file, an admin's file) and as the JSON kept in the database. */
final class RosterDocuments {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RosterDocuments() {}

    static DutyRoster readYaml(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return checked(String.valueOf(resource), JSON.convertValue(plain(document), DutyRoster.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (IllegalArgumentException e) {
            throw new InvalidDutyRoster(String.valueOf(resource), List.of(e.getMessage()));
        }
    }

    static DutyRoster readJson(String json) {
        try {
            return JSON.readValue(json, DutyRoster.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The duty roster in the database cannot be read", e);
        }
    }

    static String writeJson(DutyRoster roster) {
        try {
            return JSON.writeValueAsString(roster);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the duty roster", e);
        }
    }

    static DutyRoster checked(String where, DutyRoster roster) {
        if (roster == null) {
            throw new InvalidDutyRoster(where, List.of("值班表不能为空"));
        }
        List<String> problems = roster.problems();
        if (!problems.isEmpty()) {
            throw new InvalidDutyRoster(where, problems);
        }
        return roster;
    }

    /** YAML reads an unquoted 2026-01-01 as a timestamp; the roster wants the date as written. */
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
            return list.stream().map(RosterDocuments::plain).toList();
        }
        return value;
    }
}
