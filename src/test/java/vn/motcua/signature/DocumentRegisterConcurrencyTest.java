package vn.motcua.signature;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The register race ({@link DocumentRegisterRace}) on H2. */
class DocumentRegisterConcurrencyTest extends DocumentRegisterRace {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("motcua.documents.dir", () -> SignedResultFlowTest.DIR.resolve("race").toString());
    }
}
