package vn.motcua.engine;

/**
 * What the Cockpit page "Quản lý tỉnh" needs of the province context (implemented by
 * {@code province.ProvinceAdministrationService}, so the engine adapter does not depend on a higher context):
 * each answer is an HTTP status and a JSON body, a problem ({@code status}, {@code title}, {@code detail},
 * {@code errors: [{field, message}]}) when the status is 400 or more.
 */
public interface ProvinceAdministration {

    record Answer(int status, String json) {

        /** A 200 answer: the body written as JSON. */
        public static Answer ok(com.fasterxml.jackson.databind.ObjectMapper mapper, Object body) {
            return new Answer(200, write(mapper, body));
        }

        /** A problem: status, title, detail and, when there are any, the errors. */
        public static Answer problem(com.fasterxml.jackson.databind.ObjectMapper mapper, int status, String title,
                                     String detail, java.util.List<?> errors) {
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("status", status);
            body.put("title", title);
            body.put("detail", detail);
            if (!errors.isEmpty()) {
                body.put("errors", errors);
            }
            return new Answer(status, write(mapper, body));
        }

        private static String write(com.fasterxml.jackson.databind.ObjectMapper mapper, Object body) {
            try {
                return mapper.writeValueAsString(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The description in force. */
    Answer current();

    /** The changes the uploaded file set (province.json or a zip) would make. */
    Answer diff(byte[] body);

    /** Applies the uploaded file set as {@code actor}; the audit rows written. */
    Answer apply(byte[] body, String actor);
}
