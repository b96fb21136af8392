package com.jinpai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JinpaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(JinpaiApplication.class, args);
    }
}
