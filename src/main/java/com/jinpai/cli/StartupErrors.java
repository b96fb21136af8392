package com.jinpai.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a failed start into one or two lines that say what to do: which database server and user
 * could not be reached and why, which settings file and line does not parse, which setting has a
 * value that does not bind or validate.
 */
final class StartupErrors {

    private static final String DEBUG_HINT = "(run again with --debug for the stack trace)";
    private static final Path CONFIG = Path.of("config");

    private StartupErrors() {
    }

    static StartupFailure explain(Throwable failure, @Nullable Environment environment) {
        List<String> lines = lines(failure, environment);
        return new StartupFailure(lines, failure);
    }

    private static List<String> lines(Throwable failure, @Nullable Environment environment) {
        MarkedYAMLException yaml = find(failure, MarkedYAMLException.class);
        if (yaml != null) {
            return List.of(yaml(yaml));
        }
        BindValidationException invalid = find(failure, BindValidationException.class);
        if (invalid != null) {
            return invalid(invalid.getValidationErrors());
        }
        BindException bind = find(failure, BindException.class);
        if (bind != null) {
            return List.of(unbound(bind));
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            return List.of(Database.of(environment).cannotConnect(sql));
        }
        return List.of("jinpai could not start: " + rootMessage(failure), DEBUG_HINT);
    }

    // --- settings files -------------------------------------------------------------------------

    /**
     * SnakeYAML names its input 'reader'; the file is found again by parsing the settings files
     * until one fails at the same place.
     */
    private static String yaml(MarkedYAMLException ex) {
        Mark mark = ex.getProblemMark();
        String where = settingsFiles().filter(file -> failsAt(file, ex)).findFirst()
                .map(file -> display(file) + " ").orElse("a settings file ");
        String context = ex.getContext() == null ? "" : " (" + ex.getContext().trim()
                + (ex.getContextMark() == null ? "" : " from line " + (ex.getContextMark().getLine() + 1)) + ")";
        return where + "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": "
                + Objects.toString(ex.getProblem(), "not valid YAML").trim() + context
                + "; fix the YAML syntax there";
    }

    private static Stream<Path> settingsFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(CONFIG, Path.of("."))) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().forEach(files::add);
            }
            catch (IOException ex) {
                // no such folder: nothing to look at there
            }
        }
        return files.stream();
    }

    private static boolean failsAt(Path file, MarkedYAMLException expected) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new Yaml(new LoaderOptions()).loadAll(reader).forEach(document -> { });
            return false;
        }
        catch (MarkedYAMLException ex) {
            return ex.getProblemMark() != null && expected.getProblemMark() != null
                    && ex.getProblemMark().getLine() == expected.getProblemMark().getLine()
                    && ex.getProblemMark().getColumn() == expected.getProblemMark().getColumn()
                    && Objects.equals(ex.getProblem(), expected.getProblem());
        }
        catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    // --- settings that do not bind or validate --------------------------------------------------

    private static List<String> invalid(ValidationErrors errors) {
        List<String> lines = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            String message = Objects.toString(error.getDefaultMessage(), "is not valid");
            if (error instanceof FieldError field) {
                String name = errors.getName() + "." + dashed(field.getField());
                ConfigurationProperty bound = errors.getBoundProperties().stream()
                        .filter(p -> sameName(p.getName().toString(), name)).findFirst().orElse(null);
                lines.add(bound == null ? name + ": " + message + " (" + whereToSet(errors) + ")"
                        : where(bound.getOrigin()) + bound.getName() + " = " + bound.getValue() + ": " + message);
            }
            else {
                lines.add(errors.getName() + ": " + message + " (" + whereToSet(errors) + ")");
            }
        }
        return lines.isEmpty() ? List.of(errors.getName() + ": the settings are not valid") : lines;
    }

    private static String unbound(BindException ex) {
        ConfigurationProperty property = ex.getProperty();
        ConversionFailedException conversion = find(ex, ConversionFailedException.class);
        String reason = conversion != null
                ? "is not a valid " + conversion.getTargetType().getType().getSimpleName()
                        + enumValues(conversion.getTargetType().getType())
                : rootMessage(ex);
        if (property == null) {
            return ex.getName() + ": " + reason;
        }
        return where(property.getOrigin()) + property.getName() + " = " + property.getValue() + ": " + reason;
    }

    private static String enumValues(Class<?> type) {
        return type.isEnum() ? " (one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()
                + ")" : "";
    }

    private static String whereToSet(ValidationErrors errors) {
        return errors.getBoundProperties().stream().map(p -> fileOf(p.getOrigin())).filter(Objects::nonNull)
                .findFirst().map(file -> "set in " + file).orElse("set it in config/");
    }

    /** "config/value.yml line 14: " for a setting read from a file, the origin's own words otherwise. */
    private static String where(@Nullable Origin origin) {
        if (origin == null) {
            return "";
        }
        String file = fileOf(origin);
        TextResourceOrigin text = textOrigin(origin);
        if (file != null && text != null && text.getLocation() != null) {
            return file + " line " + (text.getLocation().getLine() + 1) + ": ";
        }
        return origin + ": ";
    }

    private static @Nullable String fileOf(@Nullable Origin origin) {
        TextResourceOrigin text = textOrigin(origin);
        if (text == null || text.getResource() == null) {
            return null;
        }
        Resource resource = text.getResource();
        try {
            if (resource.isFile()) {
                return display(resource.getFile().toPath());
            }
            URI uri = resource.getURI();
            return uri.toString();
        }
        catch (IOException ex) {
            return resource.getDescription();
        }
    }

    private static @Nullable TextResourceOrigin textOrigin(@Nullable Origin origin) {
        for (Origin o = origin; o != null; o = o.getParent()) {
            if (o instanceof TextResourceOrigin text) {
                return text;
            }
            if (o instanceof PropertySourceOrigin source && source.getOrigin() != null) {
                return textOrigin(source.getOrigin());
            }
        }
        return null;
    }

    private static String display(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    private static boolean sameName(String a, String b) {
        return a.replace("-", "").equalsIgnoreCase(b.replace("-", ""));
    }

    private static String dashed(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    // --- helpers --------------------------------------------------------------------------------

    static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
