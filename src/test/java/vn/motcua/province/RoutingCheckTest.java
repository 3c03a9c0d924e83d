package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Runs in CI: the routing decisions of decisions/ agree with the demo province file (one rule per procedure
 * and resolving agency, every group named exists), and a disagreement is named by decision, procedure,
 * agency and group.
 */
class RoutingCheckTest {

    static List<RoutingCheck.DecisionFile> decisions() throws Exception {
        List<RoutingCheck.DecisionFile> files = new ArrayList<>();
        try (Stream<Path> dmn = Files.list(Path.of("decisions"))) {
            for (Path p : dmn.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
                files.add(new RoutingCheck.DecisionFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void theDecisionsAgreeWithTheDemoProvince() throws Exception {
        assertThat(RoutingCheck.check(ProvinceValidatorTest.demo(), decisions())).isEmpty();
        assertThat(ProvinceAtStart.decisionFiles()).extracting(RoutingCheck.DecisionFile::name).contains("phan-cong-xu-ly.dmn");
    }

    @Test
    void namesAPairWithoutARuleAndAMissingGroup() throws Exception {
        Province demo = ProvinceValidatorTest.demo();
        // Bình Long also resolves the land procedure (no rule), Đồng Xoài loses its return desk group
        Province changed = ProvinceValidatorTest.withAgency(demo, 2, a -> new Province.AgencyEntry(a.code(), a.name(),
                a.level(), a.parent(), null, null, a.desk(), a.units(), a.partners(), List.of("1.001612", "1.004227")));
        changed = ProvinceValidatorTest.withAgency(changed, 1, a -> new Province.AgencyEntry(a.code(), a.name(),
                a.level(), a.parent(), null, null, a.desk(), a.units().subList(1, a.units().size()), a.partners(), a.resolves()));
        List<String> failures = RoutingCheck.check(changed, decisions());
        assertThat(failures).anySatisfy(f -> assertThat(f).contains("phan-cong-xu-ly", "1.004227", "000.00.21.H10",
                "không có quy tắc"));
        assertThat(failures).anySatisfy(f -> assertThat(f).contains("phan-cong-xu-ly", "1.001612", "000.00.20.H10",
                "traketqua-dongxoai"));
    }

    @Test
    void readsLiteralUnaryTests() {
        assertThat(RoutingCheck.matches("\"a\"", "a")).isTrue();
        assertThat(RoutingCheck.matches("\"a\",\"b\"", "b")).isTrue();
        assertThat(RoutingCheck.matches("-", "x")).isTrue();
        assertThat(RoutingCheck.matches("", "x")).isTrue();
        assertThat(RoutingCheck.matches("not(\"a\")", "a")).isFalse();
        assertThat(RoutingCheck.matches("\"a\"", "b")).isFalse();
    }
}
