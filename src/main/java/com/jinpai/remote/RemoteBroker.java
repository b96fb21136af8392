package com.jinpai.remote;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;

/** The broker of remote mode, checked once before a run or a worker starts rather than mid-run. */
public class RemoteBroker {

    private final ConnectionFactory connectionFactory;
    private final RemoteProperties properties;

    RemoteBroker(ConnectionFactory connectionFactory, RemoteProperties properties) {
        this.connectionFactory = connectionFactory;
        this.properties = properties;
    }

    /** Opens (and keeps, cached) a connection, or says in one line why it cannot. */
    public void requireReachable() {
        try {
            Connection connection = connectionFactory.createConnection();
            connection.close();
        }
        catch (AmqpException ex) {
            throw new BrokerUnreachableException("RabbitMQ at " + properties.address() + " does not answer ("
                    + rootMessage(ex) + "); jinpai.remote.enabled is true in config/partitions.yml, so runs need it:"
                    + " start the broker, or set jinpai.remote.enabled to false for local partitions", ex);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
