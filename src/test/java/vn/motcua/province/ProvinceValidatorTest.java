package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.FieldProblem;

class ProvinceValidatorTest {

    static final Set<String> CATALOGUE = Set.of("1.001612", "2.000488", "3.000333", "1.009974", "1.013225", "1.004227",
            "1.013978", "1.001193");

    static Province demo() {
        return ProvinceFiles.readClasspath("province/binh-phuoc-demo");
    }

    @Test
    void theDemoProvinceIsValid() {
        Province demo = demo();
        assertThat(ProvinceValidator.validate(demo, CATALOGUE)).isEmpty();
        assertThat(demo.agencies()).extracting(Province.AgencyEntry::code).containsExactly("000.00.00.H10",
                "000.00.20.H10", "000.00.21.H10", "000.20.31.H10", "000.00.12.H10");
        assertThat(ProvinceFiles.demoPeopleOnClasspath("province/binh-phuoc-demo").users()).hasSize(23);
    }

    @Test
    void namesAnUnknownParentADuplicateAndBadDates() {
        Province bad = withAgency(1, a -> new Province.AgencyEntry(a.code(), a.name(), "CITY", "999.99.99.H10",
                "2025-13-01", null, a.desk(), a.units(), a.partners(), a.resolves()));
        bad = withAgency(bad, 2, a -> new Province.AgencyEntry("000.00.20.H10", a.name(), a.level(), a.parent(),
                "2025-07-01", "2025-06-30", a.desk(), a.units(), a.partners(), a.resolves()));
        assertThat(fields(bad)).contains("agencies[1].level", "agencies[1].parent", "agencies[1].effectiveFrom",
                "agencies[2].code", "agencies[2].effectiveTo");
        assertThat(ProvinceValidator.validate(bad, CATALOGUE)).filteredOn(p -> p.field().equals("agencies[2].code"))
                .extracting(FieldProblem::message).first().asString().contains("000.00.20.H10", "agencies[1]");
    }

    @Test
    void namesACycleOfParents() {
        Province bad = withAgency(0, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(), "000.20.31.H10",
                null, null, a.desk(), a.units(), a.partners(), a.resolves()));
        assertThat(ProvinceValidator.validate(bad, CATALOGUE)).filteredOn(p -> p.field().equals("agencies[0].parent"))
                .extracting(FieldProblem::message).singleElement().asString().contains("Vòng lặp", "000.20.31.H10");
    }

    @Test
    void namesMissingGroupsDesksAndDuplicateGroups() {
        Province bad = withAgency(1, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(), a.parent(), null, null,
                "motcua-khong-co", a.units(), List.of("nhom-khong-co"), a.resolves()));
        bad = withAgency(bad, 2, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(), a.parent(), null, null,
                "motcua-tanphu", List.of(new Province.Unit("u", "Đơn vị", List.of(
                        new Province.GroupEntry("quanly", "Trùng", "handler"),
                        new Province.GroupEntry("moi", "Mới", "boss")))), a.partners(), a.resolves()));
        assertThat(fields(bad)).contains("agencies[1].desk", "agencies[1].partners[0]",
                "provinceGroups[0].id", "agencies[2].units[0].groups[1].role", "agencies[2].desk");
    }

    @Test
    void namesAProcedureNoAgencyResolvesAndAnUnknownOne() {
        Province bad = withAgency(5 - 1, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(), a.parent(), null,
                null, a.desk(), a.units(), a.partners(), List.of("9.999999")));
        List<FieldProblem> problems = ProvinceValidator.validate(bad, CATALOGUE);
        assertThat(problems).extracting(FieldProblem::field).contains("agencies[4].resolves[0]", "agencies[*].resolves");
        assertThat(problems).extracting(FieldProblem::message).anyMatch(m -> m.contains("2.000488"));
    }

    @Test
    void anImportedProcedureNeedsNoAgencyUntilOneTakesItOn() {
        java.util.Set<String> imported = new java.util.HashSet<>(CATALOGUE);
        imported.add("1.001022");
        assertThat(ProvinceValidator.validate(demo(), imported, CATALOGUE)).as("imported, not shipped: no agency needed").isEmpty();
        assertThat(ProvinceValidator.validate(demo(), imported, imported)).extracting(FieldProblem::message)
                .anyMatch(m -> m.contains("1.001022"));
        Province takesItOn = withAgency(3, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(), a.parent(), null, null,
                a.desk(), a.units(), a.partners(), java.util.stream.Stream.concat(a.resolves().stream(), java.util.stream.Stream.of("1.001022", "9.999999")).toList()));
        assertThat(ProvinceValidator.validate(takesItOn, imported, CATALOGUE)).extracting(FieldProblem::field)
                .as("a code the catalogue does not have is still named").containsExactly("agencies[3].resolves[" + (withAgency(3, a -> a).agencies().get(3).resolves().size() + 1) + "]");
    }

    @Test
    void aMergerIsValidWhenTheSuccessorTakesOver() {
        // Bình Long (index 2) merged into Đồng Xoài (index 1) after 2025-06-30, read back from JSON
        Province merged = withAgency(2, a -> a.mergedInto("000.00.20.H10", "2025-06-30"));
        assertThat(ProvinceValidator.validate(merged, CATALOGUE)).isEmpty();
        Province read = ProvinceFiles.readUpload(ProvinceFiles.write(merged));
        assertThat(read.agencies().get(2).successor()).isEqualTo("000.00.20.H10");
        assertThat(read.agencies().get(1).successor()).isNull();
    }

    @Test
    void namesEveryBadMerger() {
        // unknown successor; no last day; itself
        assertThat(fields(withAgency(2, a -> a.mergedInto("999.99.99.H10", "2025-06-30")))).containsExactly("agencies[2].successor");
        assertThat(fields(withAgency(2, a -> a.mergedInto("000.00.20.H10", null)))).containsExactly("agencies[2].effectiveTo");
        assertThat(fields(withAgency(2, a -> a.mergedInto("000.00.21.H10", "2025-06-30")))).containsExactly("agencies[2].successor");
        // the successor starts too late; it does not resolve Tân Phú's procedure
        Province late = withAgency(withAgency(2, a -> a.mergedInto("000.00.20.H10", "2025-06-30")), 1,
                a -> new Province.AgencyEntry(a.code(), a.name(), a.level(), a.parent(), "2025-07-05", null, a.desk(),
                        a.units(), a.partners(), a.resolves()));
        assertThat(ProvinceValidator.validate(late, CATALOGUE)).extracting(FieldProblem::message)
                .anyMatch(m -> m.contains("2025-07-05") && m.contains("2025-07-01"));
        List<FieldProblem> procedures = ProvinceValidator.validate(withAgency(3, a -> a.mergedInto("000.00.21.H10", "2025-06-30")), CATALOGUE);
        assertThat(procedures).extracting(FieldProblem::field).containsExactly("agencies[3].successor");
        assertThat(procedures.get(0).message()).contains("1.001193", "000.00.21.H10");
        // a cycle of mergers
        Province cycle = withAgency(withAgency(2, a -> a.mergedInto("000.00.20.H10", "2025-06-30")), 1,
                a -> a.mergedInto("000.00.21.H10", "2025-06-30"));
        assertThat(ProvinceValidator.validate(cycle, CATALOGUE)).extracting(FieldProblem::message)
                .anyMatch(m -> m.contains("Vòng lặp sáp nhập"));
    }

    @Test
    void aMisspeltFieldIsNamedWhenReading() {
        String json = "{\"id\":\"x\",\"name\":\"X\",\"version\":\"1\",\"agencies\":[{\"code\":\"a\",\"parnet\":\"b\"}]}";
        assertThatThrownBy(() -> ProvinceFiles.readUpload(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidProvince.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("agencies[0].parnet"));
        assertThatThrownBy(() -> ProvinceFiles.readUpload(new byte[ProvinceFiles.MAX_BYTES + 1]))
                .isInstanceOf(ProvinceFiles.TooLarge.class);
    }

    private static List<String> fields(Province p) {
        return ProvinceValidator.validate(p, CATALOGUE).stream().map(FieldProblem::field).toList();
    }

    static Province withAgency(int index, UnaryOperator<Province.AgencyEntry> change) {
        return withAgency(demo(), index, change);
    }

    static Province withAgency(Province p, int index, UnaryOperator<Province.AgencyEntry> change) {
        List<Province.AgencyEntry> agencies = new ArrayList<>(p.agencies());
        agencies.set(index, change.apply(agencies.get(index)));
        return new Province(p.id(), p.name(), p.version(), agencies, p.serviceCentres(), p.provinceGroups());
    }
}
