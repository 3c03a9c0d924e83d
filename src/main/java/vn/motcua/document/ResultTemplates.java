package vn.motcua.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** The result templates of every procedure that has one, by procedure code. */
@Service
public class ResultTemplates {

    private final Map<String, ResultTemplate> byProcedure;

    public ResultTemplates(List<ResultTemplate> templates) {
        this.byProcedure = templates.stream().collect(Collectors.toUnmodifiableMap(ResultTemplate::procedureCode,
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
