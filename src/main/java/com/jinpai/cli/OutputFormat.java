package com.jinpai.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --output text|json} for commands that show state a script may read. JSON is one
 * document on stdout whose shape is documented in the README and kept stable: fields are only
 * ever added; times are ISO-8601 in the business zone with its offset; a missing value is null.
 */
class OutputFormat {

    enum Format { text, json }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json: one JSON document on stdout, for scripts")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    static void write(PrintWriter out, Object document) {
        out.println(JSON.writeValueAsString(document));
        out.flush();
    }
}
