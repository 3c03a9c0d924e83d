package vn.motcua.sla;

/** A request the legal rules of the clock forbid, e.g. a second supplement request by the same agency. */
public class SlaRuleViolation extends IllegalStateException {

    public SlaRuleViolation(String message) {
        super(message);
    }
}
