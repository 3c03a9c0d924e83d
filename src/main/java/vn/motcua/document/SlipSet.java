package vn.motcua.document;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One set of one-stop-shop slips as the law prints them, read from {@code slips/<id>.json}: each form's number,
 * title, source and fixed wording. A dossier prints the set its rule set names ({@code regime/rule-sets.json}).
 *
 * @param about         what the file is, for whoever edits it
 * @param id            e.g. {@code TT01-2018}, {@code TT03-2025}
 * @param source        the circular and appendix the forms come from
 * @param effectiveFrom first day the forms are used
 * @param effectiveTo   last day, or null while in force
 * @param common        wording shared by the set's forms (labels, the national motto)
 * @param forms         the set's forms by kind; a kind the set does not have (the 2018 set has no stop notice) is absent
 */
public record SlipSet(String about, String id, String name, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
                      Wording common, Map<SlipKind, Form> forms) {

    /**
     * @param verified whether the wording was checked word for word against the official text
     * @param text     sentence or label by key; a sentence may be a Thymeleaf TEXT template ({@code [(${agency})]})
     */
    public record Wording(boolean verified, Map<String, String> text) {
    }

    /**
     * @param number        "Mẫu số" of the form in its circular, two digits
     * @param titleVerified whether the title was checked against the official list of forms
     * @param verified      whether the body wording was checked word for word
     */
    public record Form(String number, String title, String source, boolean titleVerified, boolean verified,
                       Map<String, String> text) {
    }

    public Optional<Form> form(SlipKind kind) {
        return Optional.ofNullable(forms.get(kind));
    }

    /** The form of that kind; {@link IllegalArgumentException} naming the set when it has none. */
    public Form require(SlipKind kind) {
        return form(kind).orElseThrow(() -> new IllegalArgumentException("slipSet: bộ mẫu " + id
                + " không có mẫu " + kind.slug()));
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
