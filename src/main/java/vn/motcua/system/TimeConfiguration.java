package vn.motcua.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The province's zone and the wall clock for code that runs outside the engine (web requests). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    ZoneId provinceZone(MotcuaProperties properties) {
        return properties.zone();
    }

    @Bean
    Clock clock(ZoneId provinceZone) {
        return Clock.system(provinceZone);
    }
}
