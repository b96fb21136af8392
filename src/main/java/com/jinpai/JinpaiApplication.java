package com.jinpai;

import com.jinpai.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One executable for every command. The arguments go to picocli only, which answers
 * {@code --help}, {@code --version} and usage errors before Spring starts; a command starts the
 * application when it needs it. Spring configuration comes from ./config and the environment
 * (SPRING_PROFILES_ACTIVE=mysql, JINPAI_DB_URL, ...).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JinpaiApplication {

    public static void main(String[] args) {
        System.exit(Cli.main(args));
    }
}
