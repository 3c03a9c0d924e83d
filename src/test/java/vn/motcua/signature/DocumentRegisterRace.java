package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.HouseholdBusinessCertificateTemplate;
import vn.motcua.document.ResultTemplates;

/**
 * The register race, run on H2 by {@link DocumentRegisterConcurrencyTest} and on PostgreSQL by
 * {@link DocumentRegisterPostgresTest}: eight threads sign 25 results each for one agency at once; 200 distinct
 * numbers 1..200, each in the register once, each printed on its signed PDF.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({SignedResultFlowTest.Config.class, SignedResults.class, FileSystemResultFileStore.class, ResultSigning.class,
        DocumentRegister.class, SigningService.class, ResultTemplates.class, HouseholdBusinessCertificateTemplate.class})
abstract class DocumentRegisterRace {

    @Autowired
    ResultSigning signing;
    @Autowired
    DocumentRegister register;
    @Autowired
    SignedResults results;

    @Test
    void shouldGiveEightThreadsOfTwentyFiveSigningsTwoHundredConsecutiveNumbers() throws Exception {
        // an agency of its own per run, so that a reused database starts from 1 again
        String agency = "RACE-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> threads = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Callable<List<Long>> work = () -> IntStream.range(0, 25)
                        .mapToObj(i -> signing.sign(request(agency, 1000L * thread + i)).getId()).toList();
                threads.add(pool.submit(work));
            }
            List<Long> signed = new ArrayList<>();
            for (Future<List<Long>> thread : threads) {
                signed.addAll(thread.get());
            }
            assertThat(signed).hasSize(200).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        List<DocumentRegister.Entry> entries = register.list(agency, year);
        assertThat(entries).extracting(DocumentRegister.Entry::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        assertThat(entries).extracting(DocumentRegister.Entry::notation).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\d+/GCN-UBND"));
        // the number on the PDF is the number in the register
        DocumentRegister.Entry last = entries.get(199);
        SignedResultFile file = results.load(last.signedResultId()).orElseThrow();
        assertThat(SignedResultFlowTest.text(file.bytes())).contains("Số: 200/GCN-UBND");
    }

    private static ResultSigning.Request request(String agency, long dossierId) {
        Map<String, Object> fields = new HashMap<>(SignedResultFlowTest.dossier());
        return new ResultSigning.Request(dossierId, agency + "-" + dossierId, "1.001612", agency,
                "UBND thành phố Đồng Xoài", null, "lanhdao", fields);
    }
}
