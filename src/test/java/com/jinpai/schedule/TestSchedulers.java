package com.jinpai.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

/**
 * Scheduler processes for tests: real clustered Quartz schedulers on the test database, each with
 * its own instance id, as `jinpai scheduler` would start them on separate machines. Named apart from
 * the context's scheduler, and per database, because Quartz keeps one connection provider per
 * scheduler name for the whole JVM.
 */
final class TestSchedulers implements AutoCloseable {

    private final DataSource dataSource;
    private final ApplicationContext context;
    private final List<SchedulerFactoryBean> started = new ArrayList<>();

    TestSchedulers(DataSource dataSource, ApplicationContext context) {
        this.dataSource = dataSource;
        this.context = context;
    }

    String clusterName() {
        try (Connection connection = dataSource.getConnection()) {
            return "jinpai-test-" + connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A new, not yet started, scheduler instance of the test cluster. */
    Scheduler instance(String instanceId) throws Exception {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        quartz.setProperty("org.quartz.jobStore.useProperties", "true");
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        quartz.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
        jobFactory.setApplicationContext(context);
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName(clusterName());
        factory.setDataSource(dataSource);
        factory.setQuartzProperties(quartz);
        factory.setJobFactory(jobFactory);
        factory.setAutoStartup(false);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.afterPropertiesSet();
        started.add(factory);
        return factory.getScheduler();
    }

    @Override
    public void close() throws SchedulerException {
        for (SchedulerFactoryBean factory : started) {
            factory.destroy();
        }
        started.clear();
    }
}
