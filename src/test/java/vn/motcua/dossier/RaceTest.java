package vn.motcua.dossier;

import org.junit.jupiter.api.Tag;

/** The races of {@link RaceScenarios} on H2. */
@Tag("faults")
@ApiIntegrationTest
class RaceTest extends RaceScenarios {
}
