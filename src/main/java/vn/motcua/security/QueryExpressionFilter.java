package vn.motcua.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 400 problem+json naming the field, every task or filter query that carries an expression
 * ({@code ${...}} or {@code #{...}}) in any field at any depth ({@code orQueries} included), in its URL
 * parameters or its JSON body, on both REST surfaces: {@code /engine-rest[/engine/{name}]} and the webapps'
 * {@code /camunda/api/engine/engine/{name}}. Endpoints: {@code /task}, {@code /task/count},
 * {@code /filter/create}, {@code /filter/{id}} (update), {@code /filter/{id}/list|count|singleResult}.
 * The engine refuses the same queries again ({@code vn.motcua.engine.QueryExpressionGuard}), so an endpoint
 * this list misses is still closed; this filter answers first, in the API's own error format.
 */
final class QueryExpressionFilter extends OncePerRequestFilter {

    static final Pattern QUERY_PATHS = Pattern.compile("(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
            + "/(?:task(?:/count)?|filter(?:/create|/[^/]+(?:/(?:list|count|singleResult))?)?)/?");

    /** Query bodies are small; a larger body is not a query and is refused unread. */
    static final int MAX_BODY = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !QUERY_PATHS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String field = inQueryString(request.getQueryString());
        byte[] body = null;
        if (field == null && request.getContentLengthLong() != 0) {
            body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                FilterProblems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "Truy vấn quá lớn",
                        "Thân truy vấn công việc hoặc bộ lọc vượt quá " + MAX_BODY / 1024 + " KB.");
                return;
            }
            field = inBody(body);
        }
        if (field != null) {
            FilterProblems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "Truy vấn chứa biểu thức",
                    "Trường '" + field + "' chứa biểu thức (${...} hoặc #{...}). Motcua không bao giờ tính biểu thức"
                            + " do người gọi gửi trong truy vấn công việc hoặc bộ lọc.", Map.of("field", field));
            return;
        }
        chain.doFilter(body == null ? request : new CachedBody(request, body), response);
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The first URL parameter (name or value, decoded) carrying an expression, or null. */
    static String inQueryString(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            String name = decode(nameValue[0]);
            String value = nameValue.length > 1 ? decode(nameValue[1]) : "";
            if (isExpression(name) || isExpression(value) || isExpression(pair)) {
                return name;
            }
        }
        return null;
    }

    /** The path of the first JSON field (name or value, at any depth) carrying an expression, or null. */
    static String inBody(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            return inJson(JSON.readTree(text), "");
        } catch (JsonProcessingException notJson) {
            return isExpression(text) ? "(body)" : null;
        }
    }

    static String inJson(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return isExpression(node.textValue()) ? (path.isEmpty() ? "(body)" : path) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = inJson(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (isExpression(e.getKey())) {
                    return child;
                }
                String found = inJson(e.getValue(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** The request with its body read once and served again to the engine REST API. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is already here: the listener hears that it is available and all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        if (!isFinished()) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
