package vn.motcua.province;

/**
 * One change that applying a province file makes (or, in a dry run, would make).
 *
 * @param subjectId e.g. the agency code, the group id, {@code tenant ← group}, {@code group PROCESS_DEFINITION:key}
 */
public record Change(Action action, Subject subject, String subjectId, String detail) {

    public enum Action { CREATE, UPDATE, DEACTIVATE, REMOVE }

    public enum Subject { AGENCY, GROUP, TENANT, MEMBERSHIP, GRANT, FILTER }

    @Override
    public String toString() {
        return action + " " + subject + " " + subjectId + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
