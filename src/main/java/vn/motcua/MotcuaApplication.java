package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Motcua: the workflow engine of a Vietnamese one-stop shop. One application holds the Camunda 7 engine,
 * its webapps and REST API, and Motcua's own register and API; see docs/ and the package-info of each
 * bounded context.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotcuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotcuaApplication.class, args);
    }
}
