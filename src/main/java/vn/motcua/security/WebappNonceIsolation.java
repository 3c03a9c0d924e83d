package vn.motcua.security;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request to the Camunda webapps its own Content-Security-Policy nonce. Camunda 7.24 keeps the
 * nonce of a response in one attribute of the whole servlet context ({@value #NONCE}): its header filter
 * writes a new nonce into the header and the attribute, its index page filter reads the attribute back into
 * the page's script tags. Two requests at the same time overwrite each other's value, so a Tasklist or Cockpit
 * page may carry another response's nonce; the browser then blocks all its scripts and the page stays blank
 * (seen in the browser tests; with 8 parallel requests about 1 page in 7 on the test machine). This filter,
 * in front of Camunda's, shows them a servlet context whose {@value #NONCE} attribute lives in the request.
 */
@Configuration(proxyBeanMethods = false)
class WebappNonceIsolation {

    /** Camunda's attribute name (ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE). */
    static final String NONCE = "org.camunda.bpm.csp.nonce";

    @Bean
    FilterRegistrationBean<NonceFilter> webappNonceFilter() {
        FilterRegistrationBean<NonceFilter> registration = new FilterRegistrationBean<>(new NonceFilter());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class NonceFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ServletContext context = perRequest(request, request.getServletContext());
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public ServletContext getServletContext() {
                    return context;
                }
            }, response);
        }

        private static ServletContext perRequest(HttpServletRequest request, ServletContext shared) {
            return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                        if (args != null && args.length > 0 && NONCE.equals(args[0])) {
                            switch (method.getName()) {
                                case "getAttribute":
                                    return request.getAttribute(NONCE);
                                case "setAttribute":
                                    request.setAttribute(NONCE, args[1]);
                                    return null;
                                case "removeAttribute":
                                    request.removeAttribute(NONCE);
                                    return null;
                                default:
                                    break;
                            }
                        }
                        try {
                            return method.invoke(shared, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
