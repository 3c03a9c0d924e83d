package vn.motcua.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.SlipText;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.integration.Notification;
import vn.motcua.integration.Notification.Recipient;
import vn.motcua.integration.Notifier;

/** Due-soon warnings to staff, and apologies with a new appointment to applicants (form 04). */
@Service
@Transactional
public class Escalation {

    /** A new appointment given as a day is due at the end of the afternoon session. */
    static final LocalTime APPOINTMENT_TIME = LocalTime.of(16, 30);

    private final DossierRegister register;
    private final Notifier notifier;
    private final ZoneId zone;

    Escalation(DossierRegister register, Notifier notifier, ZoneId provinceZone) {
        this.register = register;
        this.notifier = notifier;
        this.zone = provinceZone;
    }

    public void warnDueSoon(Long dossierId, Instant at, List<Recipient> staff) {
        Dossier dossier = register.get(dossierId);
        register.warnedDueSoon(dossierId, at);
        notifier.send(new Notification(dossier.getCode(), staff, "Hồ sơ sắp đến hạn",
                "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedure().getName() + ") của "
                        + dossier.getApplicant().name() + " đến hạn trả kết quả lúc "
                        + SlipText.dateTime(dossier.getDueAt(), zone) + ". Bước hiện tại: " + dossier.getSubStatusName() + "."));
    }

    /**
     * Records the apology and new appointment and tells the applicant. The legal due date stays: the dossier
     * counts as late whatever the new appointment says.
     */
    public Instant apologize(Long dossierId, String newAppointment, String reason, Instant at) {
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
        var applicant = dossier.getApplicant();
        notifier.send(new Notification(dossier.getCode(),
                List.of(new Recipient(applicant.name(), applicant.email(), applicant.phone())),
                "Xin lỗi và hẹn lại ngày trả kết quả",
                dossier.getAgency().getName() + " xin lỗi vì hồ sơ " + dossier.getCode() + " ("
                        + dossier.getProcedure().getName() + ") chưa có kết quả đúng hẹn. Lý do: " + reason
                        + ". Ngày hẹn trả kết quả mới: " + SlipText.dateTime(appointment, zone) + "."));
        return appointment;
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
