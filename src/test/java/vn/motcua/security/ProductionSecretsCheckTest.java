package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Which secrets the production profile accepts (the whole start is refused in ProductionHardeningScenarios). */
class ProductionSecretsCheckTest {

    final ProductionSecretsCheck check = new ProductionSecretsCheck();

    MockEnvironment production(String dbPassword, String adminPassword) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("postgres");
        if (dbPassword != null) {
            env.setProperty("spring.datasource.password", dbPassword);
        }
        if (adminPassword != null) {
            env.setProperty("camunda.bpm.admin-user.password", adminPassword);
        }
        return env;
    }

    @Test
    void shouldRefuseMissingOrDefaultSecretsNamingTheVariables() {
        assertThatThrownBy(() -> check.postProcessEnvironment(production(null, null), new SpringApplication()))
                .hasMessageContaining("MOTCUA_DB_PASSWORD").hasMessageContaining("MOTCUA_ADMIN_PASSWORD")
                .hasMessageContaining("chưa được đặt");
        assertThatThrownBy(() -> check.postProcessEnvironment(production("motcua", "admin"), new SpringApplication()))
                .hasMessageContaining("MOTCUA_DB_PASSWORD (spring.datasource.password) đang là giá trị mặc định 'motcua'")
                .hasMessageContaining("MOTCUA_ADMIN_PASSWORD (camunda.bpm.admin-user.password) đang là giá trị mặc định 'admin'");
        assertThatThrownBy(() -> check.postProcessEnvironment(production("Db-Secret-2026", "short1A!"), new SpringApplication()))
                .hasMessageContaining("MOTCUA_ADMIN_PASSWORD").hasMessageContaining("chính sách mật khẩu")
                .message().doesNotContain("MOTCUA_DB_PASSWORD");
    }

    @Test
    void shouldStartWithRealSecretsOrOutsideProduction() {
        assertThatCode(() -> check.postProcessEnvironment(production("Db-Secret-2026", "Quan-Tri-2026!"), new SpringApplication()))
                .doesNotThrowAnyException();
        MockEnvironment embedded = new MockEnvironment();
        assertThatCode(() -> check.postProcessEnvironment(embedded, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void shouldAskForTheDirectoryPasswordInsteadOfTheAdministratorsWithLdap() {
        MockEnvironment ldap = production("Db-Secret-2026", null);
        ldap.setProperty("motcua.identity.ldap.enabled", "true");
        assertThatThrownBy(() -> check.postProcessEnvironment(ldap, new SpringApplication()))
                .hasMessageContaining("MOTCUA_LDAP_PASSWORD").message().doesNotContain("MOTCUA_ADMIN_PASSWORD");
        ldap.setProperty("motcua.identity.ldap.manager-password", "Ldap-Bind-2026");
        assertThatCode(() -> check.postProcessEnvironment(ldap, new SpringApplication())).doesNotThrowAnyException();
    }
}
