package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierProcesses.Intake;
import vn.motcua.dossier.DossierProcesses.IntakeDecision;

/**
 * Issue 16, point 3: several clients do the same thing to the same dossier or task at the same moment (threads
 * released together by a latch, against the running application). Exactly one wins; every other gets a 409
 * problem+json (or, for a same-key submission, the winner's answer); never a 5xx, and nothing is done twice.
 * Played on H2 by {@link RaceTest} and on PostgreSQL by {@link RacePostgresTest}.
 */
abstract class RaceScenarios {

    static final String DONG_XOAI = "000.00.20.H10";
    static final int RACERS = 4;
    static final AtomicInteger ID_NUMBERS = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    SupplementRepository supplements;
    @Autowired
    DossierAttachmentRepository attachments;
    @Autowired
    DossierProcesses processes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    PlatformTransactionManager transactions;

    /** The engine REST API serves the engine registered JVM-wide; other cached test contexts register theirs too. */
    @BeforeEach
    void serveThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
        if (identity.createUserQuery().userId("tiepnhan.hai").count() == 0) {
            User second = identity.newUser("tiepnhan.hai");
            second.setFirstName("Đỗ Thị");
            second.setLastName("Hai");
            second.setPassword("demo");
            identity.saveUser(second);
            identity.createMembership("tiepnhan.hai", "motcua-dongxoai");
        }
    }

    @Test
    void shouldAcceptAnOnlineDossierOnceWhenFourClerksAcceptItTogether() throws Exception {
        String code = submit();
        List<ResponseEntity<String>> answers = race(i -> clerk().postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"opinion\":\"Đủ hồ sơ " + i + "\"}"), String.class, code));

        assertOneWinnerOthersConflict(answers, HttpStatus.OK);
        Dossier dossier = dossiers.findByCode(code).orElseThrow();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    @Test
    void shouldTakeASupplementOnceWhenItIsResubmittedFourTimesTogether() throws Exception {
        String code = submit();
        Dossier dossier = dossiers.findByCode(code).orElseThrow();
        String step = tasks.createTaskQuery().processInstanceId(dossier.getProcessInstanceId()).singleResult().getId();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> processes.completeIntake(step,
                new Intake(IntakeDecision.SUPPLEMENT, true, false, null, null, "Bản chụp căn cước rõ hơn", null)));
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        long filesBefore = attachments.findByDossierIdOrderByIdAsc(dossier.getId()).size();

        List<ResponseEntity<String>> answers = race(i -> {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("note", "Bổ sung lần " + i);
            parts.add("CCCD", TestFiles.file("cccd-" + i + ".png", MediaType.IMAGE_PNG, TestFiles.PNG));
            return clerk().postForEntity("/api/dossiers/{code}/supplements", DossierApiFlowTest.multipart(parts), String.class, code);
        });

        assertOneWinnerOthersConflict(answers, HttpStatus.OK);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(supplements.findByDossierIdOrderByIdAsc(dossier.getId())).hasSize(1)
                .allSatisfy(s -> assertThat(s.isOpen()).isFalse());
        assertThat(attachments.findByDossierIdOrderByIdAsc(dossier.getId())).hasSize((int) filesBefore + 1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    @Test
    void shouldCreateOneDossierPerKeyWhenSixClientsRaceFiveTimesInARow() throws Exception {
        for (int round = 0; round < 5; round++) {
            String body = TestFiles.dossierJson(DONG_XOAI, "ONLINE", idNumber());
            String key = "race-" + UUID.randomUUID();
            long before = dossiers.count();
            List<ResponseEntity<String>> answers = race(6, i -> clerk().postForEntity("/api/dossiers",
                    DossierApiFlowTest.multipart(TestFiles.onlineSubmission(body), key), String.class));

            assertThat(answers).as("round %d", round).noneMatch(a -> a.getStatusCode().is5xxServerError());
            assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.CREATED).hasSize(1);
            String winner = answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CREATED).findFirst().orElseThrow().getBody();
            for (ResponseEntity<String> other : answers) {
                if (other.getStatusCode() == HttpStatus.OK) {
                    assertThat(other.getBody()).isEqualTo(winner);
                } else if (other.getStatusCode() != HttpStatus.CREATED) {
                    assertConflict(other);
                }
            }
            assertThat(dossiers.count()).as("round %d", round).isEqualTo(before + 1);
        }
    }

    @Test
    void shouldLetOneOfTwoClerksClaimTheSameTaskOnTheEngineRestApi() throws Exception {
        String code = submit();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
        List<String> users = List.of("tiepnhan", "tiepnhan.hai");
        List<ResponseEntity<String>> answers = race(2, i -> http.withBasicAuth(users.get(i), "demo").postForEntity(
                "/engine-rest/task/{id}/claim", TestFiles.json("{\"userId\":\"" + users.get(i) + "\"}"), String.class, task));

        assertOneWinnerOthersConflict(answers, HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isIn(users);
    }

    @Test
    void shouldCompleteATaskOnceWhenTwoClerksCompleteItTogetherOnTheEngineRestApi() throws Exception {
        String code = submit();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
        String variables = "{\"variables\":{\"intakeDecision\":{\"value\":\"accept\"},\"competent\":{\"value\":true},"
                + "\"complete\":{\"value\":true}}}";
        List<String> users = List.of("tiepnhan", "tiepnhan.hai");
        List<ResponseEntity<String>> answers = race(2, i -> http.withBasicAuth(users.get(i), "demo").postForEntity(
                "/engine-rest/task/{id}/complete", TestFiles.json(variables), String.class, task));

        assertThat(answers).noneMatch(a -> a.getStatusCode().is5xxServerError());
        assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
        // the loser either lost the write (409) or came after the task was gone (404)
        assertThat(answers).filteredOn(a -> a.getStatusCode() != HttpStatus.NO_CONTENT)
                .allSatisfy(a -> assertThat(a.getStatusCode()).isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND));
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    @Test
    void shouldWithdrawOnceWhenFourWithdrawalsComeTogether() throws Exception {
        String code = submit();
        List<ResponseEntity<String>> answers = race(i -> clerk().postForEntity("/api/dossiers/{code}/withdrawal",
                TestFiles.json("{\"reason\":\"Không còn nhu cầu " + i + "\"}"), String.class, code));

        assertOneWinnerOthersConflict(answers, HttpStatus.OK);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    @Test
    void shouldEndOnceWhenTwoStopsAndTwoWithdrawalsComeTogether() throws Exception {
        String code = submit();
        ResponseEntity<String> accepted = clerk().postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json("{}"),
                String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        List<ResponseEntity<String>> answers = race(i -> clerk().postForEntity("/api/dossiers/{code}/"
                        + (i % 2 == 0 ? "stop" : "withdrawal"), TestFiles.json("{\"reason\":\"Không còn nhu cầu " + i + "\"}"),
                String.class, code));

        assertOneWinnerOthersConflict(answers, HttpStatus.OK);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isIn(DossierStatus.STOPPED, DossierStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    // --- the race and its verdict

    interface Racer {
        ResponseEntity<String> run(int index) throws Exception;
    }

    List<ResponseEntity<String>> race(Racer racer) throws Exception {
        return race(RACERS, racer);
    }

    static List<ResponseEntity<String>> race(int racers, Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch ready = new CountDownLatch(racers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int index = i;
                Callable<ResponseEntity<String>> call = () -> {
                    ready.countDown();
                    start.await();
                    return racer.run(index);
                };
                futures.add(pool.submit(call));
            }
            ready.await();
            start.countDown();
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertOneWinnerOthersConflict(List<ResponseEntity<String>> answers, HttpStatus winner) {
        assertThat(answers).as("%s", answers).noneMatch(a -> a.getStatusCode().is5xxServerError());
        assertThat(answers).as("%s", answers).filteredOn(a -> a.getStatusCode() == winner).hasSize(1);
        answers.stream().filter(a -> a.getStatusCode() != winner).forEach(RaceScenarios::assertConflict);
    }

    static void assertConflict(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s", answer.getHeaders().getContentType()).isTrue();
        assertThat(answer.getBody()).contains("\"status\":409");
    }

    // --- helpers

    TestRestTemplate clerk() {
        return http.withBasicAuth("tiepnhan", "demo");
    }

    String submit() throws Exception {
        ResponseEntity<String> submitted = clerk().postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(TestFiles.onlineSubmission(TestFiles.dossierJson(DONG_XOAI, "ONLINE", idNumber()))), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    static String idNumber() {
        return "0791" + String.format("%08d", ID_NUMBERS.incrementAndGet() % 100_000_000);
    }
}
