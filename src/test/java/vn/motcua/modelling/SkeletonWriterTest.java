package vn.motcua.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regenerated skeleton never overwrites an analyst's edit: it writes nothing and reports what differs. */
class SkeletonWriterTest {

    @TempDir
    Path repo;

    @Test
    void shouldWriteThenRegenerateItsOwnFilesAndMergeTheDeadlineRows() throws Exception {
        Files.createDirectories(repo.resolve("decisions"));
        Files.copy(Path.of("decisions/thoi-han-buoc.dmn"), repo.resolve("decisions/thoi-han-buoc.dmn"));
        Skeleton skeleton = Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Xử lý");
        SkeletonWriter.Report first = SkeletonWriter.write(repo, skeleton);
        assertThat(first.refused()).isFalse();
        assertThat(first.written()).containsExactlyInAnyOrderElementsOf(skeleton.files().keySet());
        assertThat(first.deadlineRowsAdded()).containsExactly("Task_Appraise 50%", "Task_Sign 25%");
        String dmn = Files.readString(repo.resolve("decisions/thoi-han-buoc.dmn"));
        assertThat(dmn.indexOf("Rule_Sinh_1_000001_Task_Appraise")).isPositive().isLessThan(dmn.indexOf("Rule_MacDinh_Appraise"));

        assertThat(SkeletonWriter.write(repo, skeleton).unchanged()).hasSize(skeleton.files().size());
        Skeleton renamed = Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Thẩm định lại");
        SkeletonWriter.Report second = SkeletonWriter.write(repo, renamed);
        assertThat(second.refused()).isFalse();
        assertThat(second.written()).contains(renamed.bpmnPath());
        assertThat(second.deadlineRowsAdded()).isEmpty();
        assertThat(second.deadlineDifferences()).isEmpty();
        assertThat(Files.readString(repo.resolve(renamed.bpmnPath()))).contains("name=\"Thẩm định lại\"");
    }

    @Test
    void shouldNeverOverwriteAnAnalystsEditAndReportWhatChanged() throws Exception {
        Skeleton skeleton = Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Xử lý");
        SkeletonWriter.write(repo, skeleton);
        Path bpmn = repo.resolve(skeleton.bpmnPath());
        String edited = Files.readString(bpmn).replace("name=\"Xử lý\"", "name=\"Xử lý, lấy ý kiến\"")
                .replace("camunda:dueDate=\"${workingTime.hours(1)}\"", "camunda:dueDate=\"${workingTime.hours(8)}\"");
        Files.writeString(bpmn, edited);
        Path form = repo.resolve("forms/generated/thu-tuc-nho-nhat.start.form");
        String formBefore = Files.readString(form);

        SkeletonWriter.Report report = SkeletonWriter.write(repo, Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Thẩm định"));
        assertThat(report.refused()).isTrue();
        assertThat(report.written()).isEmpty();
        assertThat(Files.readString(bpmn)).as("nothing written").isEqualTo(edited);
        assertThat(Files.readString(form)).isEqualTo(formBefore);
        assertThat(report.edited()).containsOnlyKeys(skeleton.bpmnPath());
        assertThat(report.edited().get(skeleton.bpmnPath())).contains(
                "đã sửa Task_Appraise.name: Thẩm định → Xử lý, lấy ý kiến",
                "đã sửa Task_CheckDossier.camunda:dueDate: ${workingTime.hours(1)} → ${workingTime.hours(8)}");
    }

    @Test
    void shouldTreatAFileWhoseHashDoesNotMatchAsTheAnalysts() throws Exception {
        Skeleton skeleton = Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Xử lý");
        SkeletonWriter.write(repo, skeleton);
        Path form = repo.resolve("forms/generated/thu-tuc-nho-nhat.tham-dinh.form");
        Files.writeString(form, Files.readString(form).replaceAll("\"motcuaGeneratedSha256\" : \"[0-9a-f]+\"", "\"motcuaGeneratedSha256\" : \"" + "a".repeat(64) + "\"")
                .replace("\"Ý kiến\"", "\"Ý kiến thẩm định\""));
        SkeletonWriter.Report report = SkeletonWriter.write(repo, Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Thẩm định"));
        assertThat(report.refused()).isTrue();
        assertThat(report.edited().get("forms/generated/thu-tuc-nho-nhat.tham-dinh.form"))
                .contains("đã sửa Field_opinion.label: \"Ý kiến\" → \"Ý kiến thẩm định\"");
    }

    @Test
    void shouldReportHowExistingDeadlineRowsDifferFromTheTable() throws Exception {
        String dmn = Files.readString(Path.of("decisions/thoi-han-buoc.dmn"));
        StepDeadlineRows.Merge merge = StepDeadlineRows.merge(dmn, Tables.landCertificate().plan());
        assertThat(merge.added()).isEmpty();
        assertThat(merge.dmn()).isEqualTo(dmn);
        assertThat(merge.differences()).contains("Task_Appraise: 15% (bảng quy trình: 29.41%)",
                "Task_ReviewStep5: không có dòng (bảng quy trình: 5.88%)",
                "Task_PrepareCadastral: dòng có trong bảng quyết định, không có trong quy trình nội bộ");
    }
}
