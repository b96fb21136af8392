package com.jinpai.action;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/** The settings of {@code config/actions.yml}, bound without Spring, for unit tests. */
public final class TestActionsConfig {

    private TestActionsConfig() {
    }

    public static ActionsProperties fromFile() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("actions", new FileSystemResource(Path.of("config/actions.yml")))
                    .forEach(source -> environment.getPropertySources().addLast(source));
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("jinpai.actions", ActionsProperties.class)
                    .orElseThrow(() -> new IllegalStateException("config/actions.yml has no jinpai.actions"));
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read config/actions.yml", ex);
        }
    }
}
