package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which database refusals are a lost race (409) and which are not. */
class ConcurrentChangeTest {

    @Test
    void shouldTakeLockAndUniqueRefusalsAsALostRaceHoweverWrapped() {
        // as the engine wraps them: ProcessEngineException ← PersistenceException ← SQLException
        assertThat(ConcurrentChange.lostRace(new RuntimeException("ENGINE-03004", new RuntimeException(
                new SQLException("Concurrent update in table \"OUTBOX_EVENT\"", "90131", 90131))))).isTrue();
        assertThat(ConcurrentChange.lostRace(new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00",
                50200)))).isTrue();
        assertThat(ConcurrentChange.lostRace(new SQLException("duplicate key value", "23505"))).isTrue();
        assertThat(ConcurrentChange.lostRace(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(ConcurrentChange.lostRace(new SQLException("could not obtain lock", "55P03"))).isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresAsTheyAre() {
        assertThat(ConcurrentChange.lostRace(new SQLException("value too long", "22001"))).isFalse();
        assertThat(ConcurrentChange.lostRace(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(ConcurrentChange.lostRace(new IllegalStateException("bug"))).isFalse();
    }
}
