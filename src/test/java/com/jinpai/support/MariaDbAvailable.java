package com.jinpai.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs MariaDB tests when the server answers. On CI a missing server is not a reason to skip:
 * the test runs and its context fails to start, so the build fails.
 */
public class MariaDbAvailable implements ExecutionCondition {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: MariaDB tests are required");
        }
        String host = env("JINPAI_TEST_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("JINPAI_TEST_DB_PORT", "3306"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return ConditionEvaluationResult.enabled("MariaDB answers at " + host + ":" + port);
        }
        catch (IOException ex) {
            return ConditionEvaluationResult.disabled("no MariaDB at " + host + ":" + port
                    + " (set CI=true to make this a failure)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
