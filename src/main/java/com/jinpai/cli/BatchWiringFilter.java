package com.jinpai.cli;

import java.util.Set;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves out of the component scan every configuration class that declares a job, a step or a
 * flow bean, for commands that only read or steer ({@link Needs#DATABASE}): the batch wiring is
 * most of the application's beans and none of them is needed to list executions or schedules.
 * The test is on the bean methods' return types, so a new job configuration is left out too.
 */
final class BatchWiringFilter extends TypeExcludeFilter {

    private static final Set<String> BATCH_TYPES = Set.of("org.springframework.batch.core.job.Job",
            "org.springframework.batch.core.step.Step", "org.springframework.batch.core.job.flow.Flow");

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return reader.getAnnotationMetadata().getAnnotatedMethods("org.springframework.context.annotation.Bean")
                .stream().map(MethodMetadata::getReturnTypeName).anyMatch(BATCH_TYPES::contains);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
