package vn.motcua.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link DatabaseOutageFilter} in front of every other filter (security, webapps, engine REST), on every path, and
 * {@link DatabaseOutageResolver} ahead of Spring MVC's exception resolvers.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    DatabaseOutageResolver databaseOutageResolver() {
        return new DatabaseOutageResolver();
    }
}
