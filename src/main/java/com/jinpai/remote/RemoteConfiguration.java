package com.jinpai.remote;

import java.util.List;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.amqp.inbound.AmqpInboundChannelAdapter;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jinpai.ingest.IngestJobConfiguration;
import com.jinpai.value.MonthCloseValueConfiguration;
import com.jinpai.value.PartitionProperties;

/**
 * Remote partitioning over RabbitMQ, on when {@code jinpai.remote.enabled}. Manager side:
 * partition requests go from a {@link MessageChannelPartitionHandler} through a direct channel
 * to an AMQP outbound adapter and the durable queue; the handler polls the job repository for
 * the results ({@link WatchedPartitionHandler}). Worker side: an AMQP inbound adapter on the same
 * queue, started only by {@code jinpai worker} ({@link WorkerService}).
 */
@Configuration(proxyBeanMethods = false)
class RemoteConfiguration {

    /**
     * The broker connection from {@code jinpai.remote} (Spring Boot's own {@code spring.rabbitmq}
     * defaults then stay unused). Opens nothing until a run or a worker needs it.
     */
    @Bean
    CachingConnectionFactory rabbitConnectionFactory(RemoteProperties properties) {
        CachingConnectionFactory factory = new CachingConnectionFactory(properties.host(), properties.port());
        factory.setUsername(properties.username());
        factory.setPassword(properties.password());
        factory.setVirtualHost(properties.virtualHost());
        factory.setConnectionTimeout((int) properties.connectTimeout().toMillis());
        return factory;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "jinpai.remote.enabled", havingValue = "true")
    @EnableIntegration
    static class Enabled {

        @Bean
        RemoteBroker remoteBroker(ConnectionFactory connectionFactory, RemoteProperties properties) {
            return new RemoteBroker(connectionFactory, properties);
        }

        @Bean
        Queue valuePartitionQueue(RemoteProperties properties) {
            return new Queue(properties.queue(), true);
        }

        @Bean
        DirectChannel valuePartitionRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow valuePartitionOutbound(DirectChannel valuePartitionRequests, AmqpTemplate amqpTemplate,
                RemoteProperties properties) {
            return IntegrationFlow.from(valuePartitionRequests)
                    .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(properties.queue()))
                    .get();
        }

        @Bean
        PartitionHandler valuePartitionHandler(DirectChannel valuePartitionRequests, JobRepository jobRepository,
                JdbcTemplate jdbc, WorkerRegistry workers, PartitionProperties partitions,
                RemoteProperties properties) throws Exception {
            return watched(MonthCloseValueConfiguration.PARTITION_STEP, valuePartitionRequests, jobRepository, jdbc,
                    workers, partitions, properties);
        }

        /**
         * Ingest partitions go over the same queue: a worker finds the step a request names among
         * its beans ({@link BeanFactoryStepLocator}), and takes one partition at a time of either kind.
         */
        @Bean
        PartitionHandler ingestPartitionHandler(DirectChannel valuePartitionRequests, JobRepository jobRepository,
                JdbcTemplate jdbc, WorkerRegistry workers, PartitionProperties partitions,
                RemoteProperties properties) throws Exception {
            return watched(IngestJobConfiguration.PARTITION_STEP, valuePartitionRequests, jobRepository, jdbc,
                    workers, partitions, properties);
        }

        private static PartitionHandler watched(String step, DirectChannel requestChannel, JobRepository jobRepository,
                JdbcTemplate jdbc, WorkerRegistry workers, PartitionProperties partitions,
                RemoteProperties properties) throws Exception {
            MessagingTemplate requests = new MessagingTemplate();
            requests.setDefaultChannel(requestChannel);
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(step);
            handler.setGridSize(partitions.count());
            handler.setMessagingOperations(requests);
            handler.setJobRepository(jobRepository);
            handler.setPollInterval(properties.pollInterval().toMillis());
            handler.afterPropertiesSet();
            return new WatchedPartitionHandler(handler, jobRepository, jdbc, workers, properties);
        }

        // ---- worker side -----------------------------------------------------------------------

        @Bean
        SimpleMessageListenerContainer valueWorkerContainer(ConnectionFactory connectionFactory,
                RemoteProperties properties) {
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(properties.queue());
            // one partition at a time, acknowledged when it ends: a worker killed mid-partition
            // hands the request back to the broker, and whoever gets it drops it (see WorkerService)
            container.setPrefetchCount(1);
            container.setConcurrentConsumers(1);
            container.setAcknowledgeMode(AcknowledgeMode.AUTO);
            container.setDefaultRequeueRejected(false);
            container.setShutdownTimeout(properties.shutdownTimeout().toMillis());
            container.setAutoStartup(false);
            return container;
        }

        @Bean
        DirectChannel valueWorkerRequests() {
            return new DirectChannel();
        }

        @Bean
        AmqpInboundChannelAdapter valueWorkerInbound(SimpleMessageListenerContainer valueWorkerContainer,
                DirectChannel valueWorkerRequests) {
            SimpleMessageConverter converter = new SimpleMessageConverter();
            converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
            AmqpInboundChannelAdapter adapter = new AmqpInboundChannelAdapter(valueWorkerContainer);
            adapter.setMessageConverter(converter);
            adapter.setOutputChannel(valueWorkerRequests);
            adapter.setAutoStartup(false);
            return adapter;
        }

        @Bean
        StepExecutionRequestHandler valueStepExecutionRequestHandler(JobRepository jobRepository,
                BeanFactory beanFactory) {
            BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
            steps.setBeanFactory(beanFactory);
            StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
            handler.setJobRepository(jobRepository);
            handler.setStepLocator(steps);
            return handler;
        }

        @Bean
        WorkerService workerService(AmqpInboundChannelAdapter valueWorkerInbound,
                StepExecutionRequestHandler valueStepExecutionRequestHandler, JobRepository jobRepository,
                WorkerRegistry registry, RemoteProperties properties) {
            return new WorkerService(valueWorkerInbound, valueStepExecutionRequestHandler, jobRepository, registry,
                    properties);
        }

        @Bean
        IntegrationFlow valueWorkerFlow(DirectChannel valueWorkerRequests, WorkerService workerService) {
            return IntegrationFlow.from(valueWorkerRequests)
                    .handle(StepExecutionRequest.class, (request, headers) -> {
                        workerService.execute(request);
                        return null;
                    })
                    .get();
        }
    }
}
