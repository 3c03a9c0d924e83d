package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.document.SlipText;

/**
 * The public tracking page at the address every slip prints as a QR code, {@code {public-url}/tra-cuu?ma={code}}:
 * server-rendered HTML in Vietnamese for a phone, no login, no script. The code comes from the link; the
 * citizen types the ID number, which is sent by POST (never in an address, a log line or a history) and never
 * written back into the page. It shows the status, the current step, the appointment and the public milestones
 * ({@link PublicStatus}), and the same neutral message for a wrong code and a wrong ID number. Anonymous, limited
 * per client like {@code /api/public/tracking}, state-changing posts from other sites refused (security context).
 */
@Controller
class TrackingPageController {

    static final String PATH = "/tra-cuu";
    static final String CODE = "ma";
    static final String ID_NUMBER = "soDinhDanh";
    static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập. Vui lòng kiểm tra "
            + "lại mã hồ sơ trên giấy tiếp nhận và số định danh cá nhân của người nộp hồ sơ.";
    private static final int MAX_CODE = 64;
    /** No script, no outside resource, no framing; the form posts to this page only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final DossierQueries queries;
    private final ZoneId zone;
    private final String provinceName;

    TrackingPageController(DossierQueries queries, ZoneId provinceZone,
                           @Value("${motcua.province-name:}") String provinceName) {
        this.queries = queries;
        this.zone = provinceZone;
        this.provinceName = provinceName.strip();
    }

    /** The form, with the code of the QR link filled in. */
    @GetMapping(PATH)
    String form(@RequestParam(name = CODE, required = false) String code, Model model, HttpServletResponse response) {
        String shown = code == null || code.strip().length() > MAX_CODE ? "" : code.strip();
        return page(model, response, shown, Map.of(), null, null);
    }

    /** The answer: 200 with the status, 404 with the neutral message, 400 naming the fields to correct. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String track(@RequestParam(name = CODE, required = false) String code,
                 @RequestParam(name = ID_NUMBER, required = false) String idNumber, Model model,
                 HttpServletResponse response) {
        String c = code == null ? "" : code.strip();
        String id = idNumber == null ? "" : idNumber.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.isEmpty()) {
            errors.put(CODE, "Nhập mã hồ sơ (in trên giấy tiếp nhận, dưới tiêu đề).");
        } else if (c.length() > MAX_CODE) {
            errors.put(CODE, "Mã hồ sơ dài tối đa " + MAX_CODE + " ký tự.");
        }
        if (!id.matches(Formats.CITIZEN_ID)) {
            errors.put(ID_NUMBER, "Số định danh cá nhân gồm đúng 12 chữ số.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, response, c.length() > MAX_CODE ? "" : c, errors, null, null);
        }
        Optional<PublicStatus> found = queries.publicStatus(c, id);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, response, c, Map.of(), null, NOT_FOUND);
        }
        return page(model, response, c, Map.of(), view(found.get()), null);
    }

    private String page(Model model, HttpServletResponse response, String code, Map<String, String> errors,
                        Result result, String notFound) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // not "no-referrer": with it browsers send "Origin: null" on the form's post, which the CSRF check refuses
        response.setHeader("Referrer-Policy", "same-origin");
        model.addAttribute("provinceName", provinceName);
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("notFound", notFound);
        return "tra-cuu";
    }

    /** The page's view of a dossier: texts only, dates as the slips print them. */
    record Result(String code, String status, String currentStep, String appointment, String newAppointment,
                  List<Step> milestones, boolean feePaidOnline) {
    }

    /** A milestone as shown: name, state ("done", "current", "pending", "skipped") with its label, date. */
    record Step(String name, String state, String stateLabel, String at) {
    }

    private Result view(PublicStatus s) {
        String appointment = s.sameDay() ? "Trả kết quả trong ngày tiếp nhận" : time(s.appointment());
        return new Result(s.code(), s.status().label(), s.currentStep(), appointment, time(s.newAppointment()),
                s.milestones().stream().map(m -> new Step(m.name(), m.progress().name().toLowerCase(java.util.Locale.ROOT),
                        m.progress().label(), time(m.at()))).toList(), s.feePaidOnline());
    }

    private String time(Instant at) {
        return at == null ? null : SlipText.dateTime(at, zone);
    }
}
