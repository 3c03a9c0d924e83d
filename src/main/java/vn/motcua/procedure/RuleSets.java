package vn.motcua.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rule sets of {@code regime/rule-sets.json}: data with effective dates, not {@code if}s in the code. The
 * sets must not overlap and must leave no gap, so every receipt day has exactly one.
 */
@Service
public class RuleSets {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<RuleSet> ruleSets) {
    }

    private final List<RuleSet> sets;

    RuleSets(ObjectMapper json, @Value("${motcua.regime.rule-sets:classpath:regime/rule-sets.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            this.sets = List.copyOf(json.readValue(in, File.class).ruleSets());
        } catch (IOException e) {
            throw new UncheckedIOException("rule sets: " + file.getDescription(), e);
        }
        for (RuleSet set : sets) {
            if (set.receivingCentres() == null || set.digitisationAtIntake() == null) {
                throw new IllegalStateException("rule sets: " + set.id() + " must say receivingCentres and digitisationAtIntake");
            }
        }
        for (int i = 1; i < sets.size(); i++) {
            LocalDate end = sets.get(i - 1).effectiveTo();
            if (end == null || !end.plusDays(1).equals(sets.get(i).effectiveFrom())) {
                throw new IllegalStateException("rule sets: " + sets.get(i).id() + " does not follow " + sets.get(i - 1).id());
            }
        }
    }

    /** The rule set for a dossier received on the day. */
    public RuleSet forReceipt(LocalDate day) {
        return sets.stream().filter(s -> s.isInForceOn(day)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Không có bộ quy tắc nào áp dụng cho ngày " + day));
    }

    /** The rule set a dossier was stamped with. */
    public RuleSet byId(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Không có bộ quy tắc '" + id + "'"));
    }

    public List<RuleSet> all() {
        return sets;
    }
}
