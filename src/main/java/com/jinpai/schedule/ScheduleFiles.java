package com.jinpai.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jinpai.run.JobNames;
import com.jinpai.operations.JobRunner;
import com.jinpai.operations.OperationsProperties;
import com.jinpai.system.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the schedule files under {@code jobs/} ({@code *.yml}) and checks every field, so that a
 * wrong file stops the scheduler at start with a message naming the file, line and field, instead
 * of a job that silently never fires. The YAML is read as a node tree (not bound to objects) to
 * keep the line of every field for those messages.
 */
@Component
public class ScheduleFiles {

    static final Set<String> FIELDS = Set.of("job", "cron", "time-zone", "month", "inbox", "misfire", "enabled",
            "description");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path dir;
    private final JobRunner runner;
    private final ZoneId defaultZone;

    @Autowired
    public ScheduleFiles(OperationsProperties properties, JobRunner runner, BusinessCalendar calendar) {
        this.dir = properties.jobsDir();
        this.runner = runner;
        this.defaultZone = calendar.zone();
    }

    public Path dir() {
        return dir;
    }

    /** Every schedule file in the configured folder; throws {@link ScheduleFileException} listing all problems. */
    public List<ScheduleDefinition> load() {
        return load(dir, Set.copyOf(runner.jobNames()), defaultZone);
    }

    static List<ScheduleDefinition> load(Path dir, Set<String> jobs, ZoneId defaultZone) {
        if (!Files.isDirectory(dir)) {
            throw new ScheduleFileException(List.of("schedule folder " + dir.toAbsolutePath() + " does not exist; "
                    + "set jinpai.operations.jobs-dir in config/operations.yml"));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        }
        catch (IOException ex) {
            throw new ScheduleFileException(List.of("cannot list " + dir + ": " + ex.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        List<ScheduleDefinition> definitions = new ArrayList<>();
        for (Path file : files) {
            ScheduleDefinition definition = new FileReader(file, jobs, defaultZone, problems).read();
            if (definition != null) {
                definitions.add(definition);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScheduleFileException(problems);
        }
        return definitions;
    }

    /** Reads one file, adding every problem it finds. */
    private static final class FileReader {

        private final Path file;
        private final Set<String> jobs;
        private final ZoneId defaultZone;
        private final List<String> problems;
        private final int before;
        private final Map<String, ScalarNode> fields = new LinkedHashMap<>();

        FileReader(Path file, Set<String> jobs, ZoneId defaultZone, List<String> problems) {
            this.file = file;
            this.jobs = jobs;
            this.defaultZone = defaultZone;
            this.problems = problems;
            this.before = problems.size();
        }

        @Nullable ScheduleDefinition read() {
            String name = file.getFileName().toString().replaceFirst("\\.yml$", "");
            if (!NAME.matcher(name).matches()) {
                problems.add(file + ": the file name '" + name + "' must be lower-case letters, digits and dashes "
                        + "(it names the schedule in `jinpai schedule pause NAME`)");
            }
            Node root;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            }
            catch (MarkedYAMLException ex) {
                problems.add(file + " line " + (ex.getProblemMark().getLine() + 1) + ": not valid YAML: "
                        + ex.getProblem());
                return null;
            }
            catch (IOException | YAMLException ex) {
                problems.add(file + ": cannot read: " + ex.getMessage());
                return null;
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file + ": expected fields such as 'job:' and 'cron:', one per line; found "
                        + (root == null ? "an empty file" : "no field list"));
                return null;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                if (!FIELDS.contains(key)) {
                    problems.add(at(line, key) + "unknown field; the fields are " + FIELDS.stream().sorted().toList());
                }
                else if (fields.containsKey(key)) {
                    problems.add(at(line, key) + "given twice");
                }
                else if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                    problems.add(at(line, key) + "expected a single value");
                }
                else {
                    fields.put(key, value);
                }
            }
            String job = required("job");
            if (job != null && !jobs.contains(job)) {
                problem("job", "unknown job '" + job + "'; jobs are " + jobs.stream().sorted().toList());
            }
            String cron = required("cron");
            if (cron != null) {
                try {
                    CronExpression.validateExpression(cron);
                }
                catch (ParseException ex) {
                    problem("cron", "'" + cron + "' is not a Quartz cron expression (" + ex.getMessage() + "); it "
                            + "has 6 or 7 fields, seconds first: \"0 30 2 * * ?\" is 02:30 every day");
                }
            }
            ZoneId zone = parse("time-zone", defaultZone, text -> {
                try {
                    return ZoneId.of(text);
                }
                catch (DateTimeException ex) {
                    throw new IllegalArgumentException("'" + text + "' is not a time zone; use a region id such as "
                            + "Asia/Shanghai");
                }
            });
            MonthChoice month = parse("month", MonthChoice.parse("current"), MonthChoice::parse);
            Path inbox = parse("inbox", null, Path::of);
            MisfirePolicy misfire = parse("misfire",
                    JobNames.MONTH_CLOSE.equals(job) ? MisfirePolicy.DO_NOTHING : MisfirePolicy.FIRE_ONCE,
                    MisfirePolicy::of);
            Boolean enabled = parse("enabled", Boolean.TRUE, text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
            });
            String description = parse("description", null, text -> text);
            if (problems.size() > before) {
                return null;
            }
            return new ScheduleDefinition(name, file, job, cron, zone, month, inbox, misfire, enabled, description);
        }

        private @Nullable String required(String field) {
            ScalarNode node = fields.get(field);
            if (node == null || node.getValue().isBlank()) {
                problems.add(file + ": field '" + field + "' is missing");
                return null;
            }
            return node.getValue().trim();
        }

        private <T> T parse(String field, T fallback, java.util.function.Function<String, T> parser) {
            ScalarNode node = fields.get(field);
            if (node == null || node.getValue().isBlank()) {
                return fallback;
            }
            try {
                return parser.apply(node.getValue().trim());
            }
            catch (IllegalArgumentException ex) {
                problem(field, ex.getMessage());
                return fallback;
            }
        }

        private void problem(String field, String message) {
            ScalarNode node = fields.get(field);
            problems.add(at(node == null ? 0 : node.getStartMark().getLine() + 1, field) + message);
        }

        private String at(int line, String field) {
            return file + (line > 0 ? " line " + line : "") + ", field '" + field + "': ";
        }
    }
}
