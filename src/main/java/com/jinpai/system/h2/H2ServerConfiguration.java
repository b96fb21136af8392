package com.jinpai.system.h2;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects to the embedded database through its server ({@link H2ServerLauncher}) when
 * {@code spring.datasource.url} names an H2 file; any other URL (MySQL, in-memory H2) is used as
 * written. Spring Boot builds the connection pool from this bean instead of from the properties.
 */
@Configuration(proxyBeanMethods = false)
class H2ServerConfiguration {

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DataSourceProperties properties, H2ServerProperties server) {
        return new ServedConnectionDetails(properties, new H2ServerLauncher(server));
    }

    private static final class ServedConnectionDetails implements JdbcConnectionDetails {

        private final DataSourceProperties properties;
        private final H2ServerLauncher launcher;
        private String url;

        ServedConnectionDetails(DataSourceProperties properties, H2ServerLauncher launcher) {
            this.properties = properties;
            this.launcher = launcher;
        }

        @Override
        public String getUsername() {
            return properties.determineUsername();
        }

        @Override
        public String getPassword() {
            return properties.determinePassword();
        }

        @Override
        public synchronized String getJdbcUrl() {
            if (url == null) {
                String configured = properties.determineUrl();
                url = H2ServerLauncher.servesUrl(configured) ? launcher.tcpUrl(configured) : configured;
            }
            return url;
        }

        @Override
        public String getDriverClassName() {
            return properties.determineDriverClassName();
        }
    }
}
