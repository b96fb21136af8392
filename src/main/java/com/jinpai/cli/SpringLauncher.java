package com.jinpai.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.JinpaiApplication;
import com.jinpai.remote.BrokerUnreachableException;
import com.jinpai.remote.RemoteBroker;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the Spring application for a command of this process, once, with only what it needs,
 * and closes it when the command is done. A start that fails becomes a {@link StartupFailure}
 * that says what to fix; Spring's own failure log and stack trace are kept for {@code --debug}.
 */
final class SpringLauncher implements Launcher, AutoCloseable {

    private final boolean debug;
    private @Nullable ConfigurableApplicationContext context;
    private @Nullable Needs started;
    private @Nullable Environment environment;

    SpringLauncher(boolean debug) {
        this.debug = debug;
    }

    @Override
    public ApplicationContext start(Needs needs) {
        if (context != null) {
            if (started == Needs.DATABASE && needs == Needs.JOBS) {
                throw new IllegalStateException("a command asked for the jobs after starting without them");
            }
            return context;
        }
        SpringApplication application = new SpringApplication(JinpaiApplication.class);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(defaults());
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                environment = event.getEnvironment());
        if (needs == Needs.DATABASE) {
            application.addInitializers(app -> app.getBeanFactory().registerSingleton("batchWiringFilter",
                    new BatchWiringFilter()));
        }
        QuietStartup.enable(!debug);
        try {
            context = application.run();
            started = needs;
            if (needs == Needs.JOBS) {
                // remote mode: a broker that does not answer stops a run before it starts, not mid-run
                context.getBeanProvider(RemoteBroker.class).ifAvailable(RemoteBroker::requireReachable);
            }
            return context;
        }
        catch (BrokerUnreachableException ex) {
            throw new StartupFailure(List.of(ex.getMessage()), ex);
        }
        catch (RuntimeException ex) {
            throw StartupErrors.explain(ex, environment);
        }
        finally {
            QuietStartup.enable(false);
        }
    }

    /** Quiet the loggers that would repeat, with a stack trace, the failure this class explains. */
    private Map<String, Object> defaults() {
        Map<String, Object> defaults = new HashMap<>();
        if (!debug) {
            defaults.put("logging.level.com.zaxxer.hikari", "OFF");
            defaults.put("logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext",
                    "ERROR");
        }
        return defaults;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
