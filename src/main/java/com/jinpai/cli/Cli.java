package com.jinpai.cli;

import java.io.PrintWriter;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Runs the {@code jinpai} command line inside a started application context. */
public final class Cli {

    private Cli() {
    }

    public static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(JinpaiCommand.class, new SpringFactory(context))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Commands (and their mixins) come from the context, so they get constructor injection. */
    private record SpringFactory(ApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return context.getBean(type);
            }
            catch (NoSuchBeanDefinitionException ex) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
