package vn.motcua.integration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.document.SlipRenderer;
import vn.motcua.document.SlipText;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ContactChannel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.NotificationOptOuts;

/**
 * The citizens' notifications, written to the outbox in the transaction of the status change that calls for one
 * (receipt, refusal, supplement request, stop, result ready, result returned: {@link NoticeTemplates}): one row per
 * channel that reaches the applicant (an e-mail address for e-mail, a phone for SMS and Zalo, a Zalo template for
 * the notice), that is configured, and that the applicant has not opted out of for this dossier or for all of theirs.
 * The text is rendered now, so a later change of the dossier does not change a notice already due; the
 * dispatcher delivers and retries it ({@link OutboxDispatcher}, channel = the row's {@code channel}).
 */
@Component
class CitizenNotices {

    /** The field carrying the row's event key, which the gateways get as their idempotency reference. */
    static final String REFERENCE = "reference";

    private final OutboxRows rows;
    private final DossierRegister register;
    private final NoticeTemplates templates;
    private final NotificationOptOuts optOuts;
    private final List<NotificationChannel> channels;
    private final SlipRenderer slips;
    private final ZoneId zone;
    private final ObjectMapper json;
    private final BusinessClock clock;

    CitizenNotices(OutboxRows rows, DossierRegister register, NoticeTemplates templates, NotificationOptOuts optOuts,
                   List<NotificationChannel> channels, SlipRenderer slips, ZoneId provinceZone, ObjectMapper json,
                   BusinessClock clock) {
        this.rows = rows;
        this.register = register;
        this.templates = templates;
        this.optOuts = optOuts;
        this.channels = channels.stream().filter(c -> c.contact() != null).toList();
        this.slips = slips;
        this.zone = provinceZone;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(DossierChanged change) {
        if (!DossierChanged.STATUS.equals(change.kind()) || channels.isEmpty()) {
            return;
        }
        Dossier dossier = register.get(change.dossierId());
        templates.forStatus(dossier.getStatus()).ifPresent(notice -> {
            Applicant applicant = dossier.getApplicant();
            Set<ContactChannel> optedOut = optOuts.optedOut(dossier.getCode(), applicant.idNumber());
            Map<String, String> fields = fields(dossier);
            NoticeTemplates.Rendered text = templates.render(notice, fields);
            Instant now = clock.now();
            for (NotificationChannel channel : channels) {
                ContactChannel contact = channel.contact();
                if (optedOut.contains(contact) || !reaches(contact, applicant) || !channel.carries(notice.key())) {
                    continue;
                }
                String name = contact.name().toLowerCase(Locale.ROOT);
                String key = dossier.getCode() + "#" + name + "-" + rows.nextSequence(dossier.getId(), name);
                Map<String, String> withReference = new LinkedHashMap<>(fields);
                withReference.put(REFERENCE, key);
                rows.insert(key, dossier.getId(), dossier.getCode(), "NOTICE", name, null,
                        payload(notice, text, contact, applicant, withReference), now);
            }
        });
    }

    private static boolean reaches(ContactChannel contact, Applicant applicant) {
        String address = contact == ContactChannel.EMAIL ? applicant.email() : applicant.phone();
        return address != null && !address.isBlank();
    }

    private Map<String, String> fields(Dossier dossier) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", dossier.getCode());
        fields.put("applicantName", dossier.getApplicant().name());
        fields.put("procedureName", dossier.getProcedure().getName());
        fields.put("agencyName", dossier.getAgency().getName());
        fields.put("statusLabel", dossier.getStatus().label());
        fields.put("appointment", dossier.getDueAt() == null ? "" : SlipText.dateTime(dossier.getDueAt(), zone));
        fields.put("trackingUrl", slips.trackingUrl(dossier.getCode()));
        if (dossier.getNote() != null && !dossier.getNote().isBlank()) {
            fields.put("note", dossier.getNote());
        }
        return fields;
    }

    /** What the dispatcher needs to send the row again later: the notice, its texts, the one recipient, the fields. */
    private String payload(NoticeTemplates.Notice notice, NoticeTemplates.Rendered text, ContactChannel contact,
                           Applicant applicant, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", notice.key());
        body.put("subject", text.subject());
        body.put("text", contact == ContactChannel.EMAIL ? text.longText() : text.shortText());
        body.put("recipient", Map.of("name", applicant.name(),
                "address", contact == ContactChannel.EMAIL ? applicant.email() : applicant.phone()));
        body.put("fields", fields);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
