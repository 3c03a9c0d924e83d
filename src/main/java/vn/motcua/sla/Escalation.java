package vn.motcua.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.SlipText;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;

/**
 * Due-soon warnings to staff, and apologies with a new appointment to applicants (form 04): the rules, the
 * register's record and the wording. What to tell comes back as a {@link Notice}; the process glue delivers
 * it (integration's notifier), so the clock knows nothing of channels.
 */
@Service
@Transactional
public class Escalation {

    /** A new appointment given as a day is due at the end of the afternoon session. */
    static final LocalTime APPOINTMENT_TIME = LocalTime.of(16, 30);

    /**
     * What to tell people about a dossier.
     *
     * @param applicant the applicant to tell, or null when the notice is for the staff handling the dossier
     */
    public record Notice(String dossierCode, Applicant applicant, String subject, String body) {
    }

    private final DossierRegister register;
    private final ZoneId zone;

    Escalation(DossierRegister register, ZoneId provinceZone) {
        this.register = register;
        this.zone = provinceZone;
    }

    /** Records the warning; the notice is for the staff handling the dossier. */
    public Notice warnDueSoon(Long dossierId, Instant at) {
        Dossier dossier = register.get(dossierId);
        register.warnedDueSoon(dossierId, at);
        return new Notice(dossier.getCode(), null, "Hồ sơ sắp đến hạn",
                "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedure().getName() + ") của "
                        + dossier.getApplicant().name() + " đến hạn trả kết quả lúc "
                        + SlipText.dateTime(dossier.getDueAt(), zone) + ". Bước hiện tại: " + dossier.getSubStatusName() + ".");
    }

    /**
     * Records the apology and new appointment; the notice is for the applicant. The legal due date stays: the
     * dossier counts as late whatever the new appointment says.
     */
    public Notice apologize(Long dossierId, String newAppointment, String reason, Instant at) {
        Dossier dossier = register.get(dossierId);
        Instant appointment = parseAppointment(newAppointment);
        if (!appointment.isAfter(at) || (dossier.getDueAt() != null && !appointment.isAfter(dossier.getDueAt()))) {
            throw new SlaRuleViolation("Ngày hẹn mới (" + SlipText.dateTime(appointment, zone)
                    + ") phải sau hạn trả kết quả và sau thời điểm hiện tại");
        }
        if (reason == null || reason.isBlank()) {
            throw new SlaRuleViolation("Phải ghi lý do chậm trả kết quả");
        }
        register.apologized(dossierId, appointment, reason);
        return new Notice(dossier.getCode(), dossier.getApplicant(), "Xin lỗi và hẹn lại ngày trả kết quả",
                dossier.getAgency().getName() + " xin lỗi vì hồ sơ " + dossier.getCode() + " ("
                        + dossier.getProcedure().getName() + ") chưa có kết quả đúng hẹn. Lý do: " + reason
                        + ". Ngày hẹn trả kết quả mới: " + SlipText.dateTime(appointment, zone) + ".");
    }

    private Instant parseAppointment(String value) {
        if (value == null || value.isBlank()) {
            throw new SlaRuleViolation("Thiếu ngày hẹn trả kết quả mới");
        }
        try {
            LocalDateTime local = value.length() <= 10
                    ? LocalDate.parse(value).atTime(APPOINTMENT_TIME)
                    : LocalDateTime.parse(value.length() > 16 ? value.substring(0, 16) : value);
            return local.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new SlaRuleViolation("Ngày hẹn mới không hợp lệ: '" + value + "' (dạng yyyy-MM-dd)");
        }
    }
}
