package com.jinpai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;

/** Binds a sources.yml text the way Spring Boot binds config/sources.yml. */
final class SourcesYaml {

    private SourcesYaml() {
    }

    static SourcesProperties bind(String yaml) {
        try {
            var propertySources = new YamlPropertySourceLoader().load("test-sources",
                    new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
            return new Binder(ConfigurationPropertySources.from(propertySources))
                    .bindOrCreate("jinpai.sources", Bindable.of(SourcesProperties.class));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
