package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The slip sets of {@code classpath:slips/*.json} and the wording of their forms: data with effective dates and
 * sources, editable without Java. A sentence with placeholders is a Thymeleaf template in TEXT mode whose values
 * are the dossier's data; values are printed as given, never evaluated. Checked when loaded: every set has an id,
 * a source and an effective date, every form a two-digit number unique in its set, a title and a source, and the
 * sets follow each other day by day, and no field is unknown, so that a bad edit fails at start, naming the file
 * and the field.
 */
public final class SlipSets {

    private static final Pattern NUMBER = Pattern.compile("\\d{2}");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String LOCATION = "classpath*:slips/*.json";

    private final List<SlipSet> sets;
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    SlipSets(List<SlipSet> sets) {
        this.sets = sets.stream().sorted(Comparator.comparing(SlipSet::effectiveFrom)).toList();
        Set<String> ids = new HashSet<>();
        for (SlipSet set : this.sets) {
            if (!ids.add(set.id())) {
                throw new IllegalStateException("slip sets: id " + set.id() + " twice");
            }
        }
        for (int i = 1; i < this.sets.size(); i++) {
            SlipSet before = this.sets.get(i - 1);
            if (before.effectiveTo() == null || !before.effectiveTo().plusDays(1).equals(this.sets.get(i).effectiveFrom())) {
                throw new IllegalStateException("slip sets: " + this.sets.get(i).id() + " does not follow " + before.id());
            }
        }
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    private static volatile SlipSets classpath;

    /** The sets shipped in {@code slips/} on the classpath, read once. */
    public static SlipSets fromClasspath() {
        SlipSets loaded = classpath;
        if (loaded == null) {
            synchronized (SlipSets.class) {
                if (classpath == null) {
                    classpath = load(LOCATION);
                }
                loaded = classpath;
            }
        }
        return loaded;
    }

    static SlipSets load(String location) {
        // strict: a misspelt field fails instead of being read as absent
        ObjectMapper json = JsonMapper.builder().findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<SlipSet> sets = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = file.getInputStream()) {
                    sets.add(checked(json.readValue(in, SlipSet.class), file.getFilename()));
                } catch (IOException e) {
                    throw new UncheckedIOException("slip set " + file.getFilename() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("slip sets: " + location, e);
        }
        if (sets.isEmpty()) {
            throw new IllegalStateException("slip sets: none at " + location);
        }
        return new SlipSets(sets);
    }

    static SlipSet checked(SlipSet set, String file) {
        String at = "slip set " + file + ": ";
        if (set.id() == null || set.id().isBlank() || !(set.id() + ".json").equals(file)) {
            throw new IllegalStateException(at + "id must be the file's name");
        }
        if (set.source() == null || set.source().isBlank()) {
            throw new IllegalStateException(at + "source is required");
        }
        if (set.effectiveFrom() == null || (set.effectiveTo() != null && set.effectiveTo().isBefore(set.effectiveFrom()))) {
            throw new IllegalStateException(at + "effectiveFrom is required and not after effectiveTo");
        }
        if (set.common() == null || set.common().text() == null || set.forms() == null || set.forms().isEmpty()) {
            throw new IllegalStateException(at + "common.text and forms are required");
        }
        Set<String> numbers = new HashSet<>();
        set.forms().forEach((kind, form) -> {
            String f = at + "forms." + kind + ".";
            if (form.number() == null || !NUMBER.matcher(form.number()).matches() || !numbers.add(form.number())) {
                throw new IllegalStateException(f + "number must be two digits, unique in the set");
            }
            if (form.title() == null || form.title().isBlank() || form.source() == null || form.source().isBlank()) {
                throw new IllegalStateException(f + "title and source are required");
            }
            if (form.text() == null) {
                throw new IllegalStateException(f + "text is required");
            }
        });
        return set;
    }

    /** The set of that id; {@link NoSuchElementException} naming it when there is none. */
    public SlipSet byId(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Không có bộ mẫu phiếu '" + id + "'"));
    }

    public List<SlipSet> all() {
        return sets;
    }

    /**
     * A sentence or label of a form: the form's own text, else the set's common text, with the values filled in.
     * A key neither has fails naming the set, the form and the key.
     */
    public String text(SlipSet set, SlipKind kind, String key, Map<String, ?> values) {
        SlipSet.Form form = set.require(kind);
        String template = form.text().get(key);
        if (template == null) {
            template = set.common().text().get(key);
        }
        if (template == null) {
            throw new IllegalStateException("slip set " + set.id() + ": form " + kind + " has no text '" + key + "'");
        }
        if (!template.contains("[")) {
            return template;
        }
        Context context = new Context(VI);
        values.forEach(context::setVariable);
        return templates.process(template, context);
    }
}
