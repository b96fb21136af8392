package com.jinpai.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.jinpai.value.MonthCloseValueConfiguration;

/**
 * TEST ONLY. In a process started with {@code -Djinpai.partition-hold.dir=DIR}, a partition whose
 * name ends with the text of {@code DIR/hold} waits, once STARTED, until that file is gone, after
 * writing {@code DIR/holding} with its step execution id: a test can kill the worker that holds it
 * at a moment it observes, not one it guesses. Without the property nothing changes.
 */
@Component
public class PartitionHold implements BeanPostProcessor {

    public static final String DIR_PROPERTY = "jinpai.partition-hold.dir";
    private static final long LIMIT_MILLIS = 180_000;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null && MonthCloseValueConfiguration.PARTITION_STEP.equals(beanName)
                && bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(new Listener(Path.of(dir)));
        }
        return bean;
    }

    /** Holds partitions named {@code ...suffix} from now on. */
    public static void hold(Path dir, String suffix) {
        write(dir.resolve("hold"), suffix);
    }

    public static void release(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve("hold"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The step execution id of the partition now held, or null. */
    public static Long holding(Path dir) {
        try {
            Path marker = dir.resolve("holding");
            return Files.exists(marker) ? Long.valueOf(Files.readString(marker).trim()) : null;
        }
        catch (IOException | NumberFormatException ex) {
            return null;
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "hold", ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record Listener(Path dir) implements StepExecutionListener {

        @Override
        public void beforeStep(StepExecution partition) {
            Path hold = dir.resolve("hold");
            try {
                if (!Files.exists(hold) || !partition.getStepName().endsWith(Files.readString(hold).trim())) {
                    return;
                }
                write(dir.resolve("holding"), String.valueOf(partition.getId()));
                long until = System.currentTimeMillis() + LIMIT_MILLIS;
                while (Files.exists(hold) && System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                }
            }
            catch (IOException ex) {
                // the hold file went while it was read: not held
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
