package vn.motcua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Under the production profile {@code postgres} the application refuses to start while a secret is missing
 * or is a well-known default ({@code admin}, {@code motcua}, {@code demo}...), naming the environment
 * variable to set. It runs before any bean exists, so that neither the database is touched nor the
 * administrator created with a weak password. The administrator's password must also pass the password
 * policy the engine enforces (docs/security.md): at least 10 characters with a lower-case and an upper-case
 * letter, a digit and another character. Registered in {@code META-INF/spring.factories}.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor {

    static final Set<String> DEFAULTS = Set.of("", "admin", "motcua", "demo", "postgres", "password", "changeme",
            "change-me", "secret", "123456", "12345678", "sa");
    static final int MIN_ADMIN_LENGTH = 10;

    /** A secret: the property the application reads and the variable an operator sets. */
    record Secret(String property, String variable) {
    }

    static final Secret DATABASE = new Secret("spring.datasource.password", "MOTCUA_DB_PASSWORD");
    static final Secret ADMIN = new Secret("camunda.bpm.admin-user.password", "MOTCUA_ADMIN_PASSWORD");
    static final Secret LDAP = new Secret("motcua.identity.ldap.manager-password", "MOTCUA_LDAP_PASSWORD");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        check(environment, DATABASE, problems);
        if (environment.getProperty("motcua.identity.ldap.enabled", Boolean.class, false)) {
            check(environment, LDAP, problems);
        } else if (check(environment, ADMIN, problems)) {
            String admin = environment.getProperty(ADMIN.property());
            if (!strongEnough(admin)) {
                problems.add(ADMIN.variable() + " (" + ADMIN.property() + ") không đạt chính sách mật khẩu: tối thiểu "
                        + MIN_ADMIN_LENGTH + " ký tự, có chữ thường, chữ hoa, chữ số và ký tự đặc biệt");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Hồ sơ cấu hình 'postgres' (vận hành thật) không khởi động với mật khẩu thiếu"
                    + " hoặc mặc định. Hãy đặt biến môi trường: " + String.join("; ", problems)
                    + " (docs/operations.md, mục Bí mật)");
        }
    }

    /** True when the secret is set and not a default; otherwise a problem is added. */
    private static boolean check(ConfigurableEnvironment environment, Secret secret, List<String> problems) {
        String value = environment.getProperty(secret.property());
        if (value == null || value.isBlank()) {
            problems.add(secret.variable() + " (" + secret.property() + ") chưa được đặt");
            return false;
        }
        if (DEFAULTS.contains(value.strip().toLowerCase(Locale.ROOT))) {
            problems.add(secret.variable() + " (" + secret.property() + ") đang là giá trị mặc định '" + value + "'");
            return false;
        }
        return true;
    }

    static boolean strongEnough(String password) {
        return password.length() >= MIN_ADMIN_LENGTH
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }
}
