package vn.motcua.security;

import java.util.List;

/** The tenancy attacks on the embedded default: an H2 file database created empty, with the demo one-stop shop. */
class EmbeddedTenancyAttackTest extends TenancyAttackScenarios {

    @Override
    List<String> arguments() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + files.resolve("motcua").toAbsolutePath(),
                "--motcua.signature.demo-dir=" + files.resolve("signature").toAbsolutePath());
    }

    @Override
    boolean loadsDemoItself() {
        return true;
    }

    @Override
    String adminPassword() {
        return "admin";
    }
}
