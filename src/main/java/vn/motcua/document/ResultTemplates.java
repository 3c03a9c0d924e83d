package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The result templates of every procedure that has one, by procedure code: the templates with a layout of
 * their own (Spring beans, e.g. {@link HouseholdBusinessCertificateTemplate}) and the itemized ones whose wording
 * is data ({@code motcua.results.itemized-file}, default {@value #SHIPPED} on the classpath).
 */
@Service
public class ResultTemplates {

    static final String SHIPPED = "results/itemized-results.json";

    private final Map<String, ResultTemplate> byProcedure;

    public ResultTemplates(List<ResultTemplate> laidOut,
                           @Value("${motcua.results.itemized-file:classpath:" + SHIPPED + "}") Resource itemized) {
        List<ResultTemplate> all = new ArrayList<>(laidOut);
        try (InputStream in = itemized.getInputStream()) {
            all.addAll(ResultTemplateCatalog.read(in, itemized.getDescription()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result templates " + itemized.getDescription(), e);
        }
        this.byProcedure = all.stream().collect(Collectors.toUnmodifiableMap(ResultTemplate::procedureCode,
                Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two result templates for procedure " + a.procedureCode());
                }));
    }

    public Optional<ResultTemplate> find(String procedureCode) {
        return Optional.ofNullable(byProcedure.get(procedureCode));
    }

    /** The template; fails naming the procedure when there is none. */
    public ResultTemplate require(String procedureCode) {
        return find(procedureCode).orElseThrow(() -> new IllegalArgumentException(
                "Chưa có mẫu kết quả cho thủ tục " + procedureCode));
    }
}
