package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class StatusSqlTest {

    @Test
    void shouldWriteTheCodesOfTheNamedStatuses() {
        assertThat(StatusSql.of("status in ({RECEIVED}, {PROCESSING}) and x = {RETURNED}"))
                .isEqualTo("status in (2, 4) and x = 10");
        assertThat(StatusSql.of("d.status = :status")).isEqualTo("d.status = :status");
    }

    @Test
    void shouldRefuseANameThatIsNoStatus() {
        assertThatThrownBy(() -> StatusSql.of("status = {RESOLVED}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{RESOLVED}");
    }

    @Test
    void shouldResolveTheNamesWhenTheQueriesAreBuilt() {
        assertThat(ReportQueries.ENDED).contains("d.status in (9, 10)").doesNotContain("{");
    }

    /** The monitoring sources write statuses by name: no {@code status = 7} or {@code status in (2, 4)} left. */
    @Test
    void shouldFindNoBareStatusNumberInTheMonitoringSources() throws IOException {
        Pattern bare = Pattern.compile("status\\s*(=|<>|!=|in\\s*\\()\\s*\\d");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/vn/motcua/monitoring"))) {
            for (Path source : sources.toList()) {
                assertThat(bare.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
            }
        }
    }
}
