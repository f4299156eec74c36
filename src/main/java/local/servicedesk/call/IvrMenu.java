package local.servicedesk.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import local.servicedesk.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The voice menu's choices and their categories, read once from {@code classpath:ivr.yaml} unless
 * {@code desk.ivr.location} says otherwise. A menu naming a category the catalogue lacks stops the start.
 */
@Component
class IvrMenu {

    private static final Logger log = LoggerFactory.getLogger(IvrMenu.class);

    private final Map<String, IvrChoice> choices = new LinkedHashMap<>();

    IvrMenu(@Value("${desk.ivr.location:classpath:ivr.yaml}") Resource source, Catalog catalog) {
        for (IvrChoice choice : read(source)) {
            if (choice.category() != null && !catalog.isCategory(choice.category())) {
                throw new IllegalStateException("IVR choice " + choice.key() + " names unknown category "
                        + choice.category() + " in " + source.getDescription());
            }
            if (choices.put(choice.key(), choice) != null) {
                throw new IllegalStateException("IVR choice " + choice.key() + " twice in " + source.getDescription());
            }
        }
        log.info("Loaded the IVR menu from {}: {} choices", source.getDescription(), choices.size());
    }

    Optional<IvrChoice> choice(String key) {
        return Optional.ofNullable(choices.get(key));
    }

    private static List<IvrChoice> read(Resource source) {
        return new Binder(ConfigurationPropertySources.from(load(source)))
                .bind("ivr.choices", Bindable.listOf(IvrChoice.class))
                .orElseThrow(() -> new IllegalStateException("No ivr.choices in " + source.getDescription()));
    }

    private static List<PropertySource<?>> load(Resource source) {
        try {
            return new YamlPropertySourceLoader().load("ivr", source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the IVR menu " + source.getDescription(), e);
        }
    }
}
