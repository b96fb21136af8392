package com.jinpai.value.star;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ArrearsRule;

/** The settings shipped in config/stars.yml, bound as the application binds them: the README's numbers. */
public final class ShippedStars {

    private ShippedStars() {
    }

    public static StarProperties properties() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("stars", new FileSystemResource(Path.of("config/stars.yml")))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("jinpai.stars", StarProperties.class).get();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** With the shipped arrears due days (20). */
    public static StarRules rules() {
        return new StarRules(properties(), new ArrearsRule(new ArrearsProperties(20)));
    }
}
