package com.jinpai;

import java.io.PrintWriter;

import com.jinpai.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One executable for every command. The arguments go to picocli only: Spring configuration comes
 * from ./config and the environment (SPRING_PROFILES_ACTIVE=mysql, JINPAI_DB_URL, ...).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JinpaiApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(JinpaiApplication.class);
        application.setLogStartupInfo(false);
        int code;
        try (ConfigurableApplicationContext context = application.run()) {
            code = Cli.execute(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        }
        System.exit(code);
    }
}
