package vn.motcua.integration;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierStatus;

/**
 * The citizens' notices as data ({@code notifications/templates.json} and a short and a long text per notice,
 * Thymeleaf TEXT templates): which status sends which notice, its subject, and the texts filled with the dossier's
 * fields. Every notice's texts are checked at start (a missing file or a template that does not parse stops the
 * application rather than a notification at run time). Fields are inserted as text, never evaluated: only the
 * template files, not the values, are Thymeleaf.
 */
@Component
public class NoticeTemplates {

    /** A notice: its key, the status that sends it and the e-mail subject. */
    public record Notice(String key, int status, String subject) {
    }

    /** The texts of a notice for a dossier. */
    public record Rendered(String subject, String shortText, String longText) {
    }

    private record Catalogue(String about, String source, boolean verified, List<Notice> templates) {
    }

    private static final String FOLDER = "notifications/";

    private final Map<Integer, Notice> byStatus = new HashMap<>();
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    NoticeTemplates(ObjectMapper json) throws IOException {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(FOLDER);
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        Catalogue catalogue;
        try (InputStream in = new ClassPathResource(FOLDER + "templates.json").getInputStream()) {
            catalogue = json.readValue(in, Catalogue.class);
        }
        for (Notice notice : catalogue.templates()) {
            DossierStatus.ofCode(notice.status());
            if (!notice.key().matches("[a-z][a-z-]{0,31}") || byStatus.put(notice.status(), notice) != null) {
                throw new IllegalStateException("notifications/templates.json: mẫu " + notice.key() + " không hợp lệ");
            }
            Map<String, String> sample = new HashMap<>();
            render(notice, sample); // both texts exist and parse
        }
    }

    /** The notice a dossier reaching this status sends, if any. */
    public Optional<Notice> forStatus(DossierStatus status) {
        return Optional.ofNullable(byStatus.get(status.code()));
    }

    /** Fills the notice's texts with the fields (values are inserted as text). */
    public Rendered render(Notice notice, Map<String, String> fields) {
        Context context = new Context();
        fields.forEach(context::setVariable);
        return new Rendered(notice.subject(), engine.process(notice.key() + ".short", context).strip(),
                engine.process(notice.key() + ".long", context).strip());
    }
}
