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
 * The result templates, chosen by procedure code and result type (the process variable {@value #RESULT_TYPE} a
 * drafting form sets, e.g. {@code permit} or {@code refusal} for the construction permit):
 * <ul>
 * <li>no result type, or the one the procedure's template declares ({@link ResultTemplate#resultType()}): the
 * procedure's own result — a template with a layout of its own (Spring beans, e.g.
 * {@link HouseholdBusinessCertificateTemplate}) or an itemized one whose wording is data
 * ({@code motcua.results.itemized-file}, default {@value #SHIPPED} on the classpath);</li>
 * <li>{@value #REFUSAL}: the refusal notice every procedure shares ({@code motcua.results.refusal-file}, default
 * {@value RefusalNotices#SHIPPED});</li>
 * <li>any other value: refused, naming {@value #RESULT_TYPE} and the values the procedure knows (the variable is
 * typed in a form: it is compared with this allow-list, never evaluated).</li>
 * </ul>
 */
@Service
public class ResultTemplates {

    static final String SHIPPED = "results/itemized-results.json";

    /** The process variable that names the outcome a drafting form chose. */
    public static final String RESULT_TYPE = "resultType";

    /** The result type of the shared refusal notice. */
    public static final String REFUSAL = "refusal";

    /** What a declared result type looks like (a form's radio value). */
    static final String RESULT_TYPE_PATTERN = "[a-z][a-zA-Z0-9]{0,29}";

    private final Map<String, ResultTemplate> byProcedure;
    private final RefusalNotices refusals;

    public ResultTemplates(List<ResultTemplate> laidOut,
                           @Value("${motcua.results.itemized-file:classpath:" + SHIPPED + "}") Resource itemized,
                           @Value("${motcua.results.refusal-file:classpath:" + RefusalNotices.SHIPPED + "}") Resource refusal) {
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
        try (InputStream in = refusal.getInputStream()) {
            this.refusals = RefusalNotices.read(in, refusal.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the refusal notice " + refusal.getDescription(), e);
        }
    }

    public Optional<ResultTemplate> find(String procedureCode) {
        return Optional.ofNullable(byProcedure.get(procedureCode));
    }

    /** The procedure's own result template; fails naming the procedure when there is none. */
    public ResultTemplate require(String procedureCode) {
        return find(procedureCode).orElseThrow(() -> new IllegalArgumentException(
                "Chưa có mẫu kết quả cho thủ tục " + procedureCode));
    }

    /**
     * The template of the procedure's outcome {@code resultType} (null or blank: the procedure's own result). Fails
     * with an {@link IllegalArgumentException} naming {@value #RESULT_TYPE} for a value the procedure does not know,
     * and naming the procedure when it has no template of its own.
     */
    public ResultTemplate require(String procedureCode, String resultType) {
        ResultTemplate main = byProcedure.get(procedureCode);
        if (resultType == null || resultType.isBlank()) {
            return require(procedureCode);
        }
        if (REFUSAL.equals(resultType)) {
            return refusals.forProcedure(procedureCode, main);
        }
        if (main != null && resultType.equals(main.resultType())) {
            return main;
        }
        String known = (main == null || main.resultType() == null ? "" : main.resultType() + ", ") + REFUSAL;
        throw new IllegalArgumentException("Biến quy trình '" + RESULT_TYPE + "' = '" + printable(resultType)
                + "' không phải loại kết quả của thủ tục " + procedureCode + " (" + known + ")");
    }

    /** At most 40 characters of a value typed by someone, control characters dropped: safe in a message. */
    private static String printable(String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
