package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seeds the overrides of the official notices from the versioned data file
 * {@code calendar/vn-calendar-overrides.json} at start, with each year's notice (table {@code calendar_notice}).
 * A year is seeded once per revision of its data: a year entered by hand before it was ever seeded is left
 * alone; a year seeded before is seeded again only when the file raises its {@code revision}, and then only
 * its new dates are added (dates deleted through the API stay deleted) and its notice is updated. Restarts
 * are idempotent.
 */
@Component
class CalendarOverrideSeeder {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(CalendarOverrideSeeder.class);

    private final CalendarDayOverrideRepository overrides;
    private final CalendarAuditRepository audit;
    private final CalendarNoticeRepository notices;
    private final VietnameseWorkingCalendar calendar;
    private final ObjectMapper json;
    private final Clock clock;
    private final Resource file;

    CalendarOverrideSeeder(CalendarDayOverrideRepository overrides, CalendarAuditRepository audit,
                           CalendarNoticeRepository notices, VietnameseWorkingCalendar calendar, ObjectMapper json, Clock clock,
                           @Value("${motcua.calendar.overrides-file:classpath:calendar/vn-calendar-overrides.json}")
                           Resource file) {
        this.overrides = overrides;
        this.audit = audit;
        this.notices = notices;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
        this.file = file;
    }

    /** The data file: per year, the dates of the notice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OverrideFile(List<YearEntry> years) {
    }

    record YearEntry(int year, String notice, Boolean verified, String note, Integer revision, List<DayEntry> days) {
    }

    record DayEntry(LocalDate date, OverrideKind kind, String reason, String source, Boolean verified,
                    String note) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    void seedAtStart() throws IOException {
        try (InputStream in = file.getInputStream()) {
            int seeded = seed(in);
            log.info("Calendar overrides: {} year(s) seeded from {}", seeded, file.getDescription());
        }
    }

    /** Seeds the years of the file not yet in the database; returns how many years were seeded. */
    @Transactional
    int seed(InputStream in) throws IOException {
        OverrideFile data = json.readValue(in, OverrideFile.class);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int seeded = 0;
        for (YearEntry y : data.years()) {
            int fileRevision = y.revision() == null ? 1 : y.revision();
            boolean seededBefore = audit.existsByYearAndAction(y.year(), CalendarAudit.Action.SEED);
            CalendarNotice notice = notices.findById(y.year()).orElse(null);
            int storedRevision = notice != null ? notice.getRevision() : seededBefore ? 1 : 0;
            if (storedRevision >= fileRevision || !seededBefore && overrides.existsByYear(y.year())) {
                continue;
            }
            boolean yearVerified = y.verified() == null || y.verified();
            List<DayEntry> days = y.days() == null ? List.of() : y.days();
            int added = 0;
            for (DayEntry d : days) {
                if (d.date().getYear() != y.year()) {
                    throw new IllegalStateException("calendar data file: " + d.date() + " listed under " + y.year());
                }
                if (seededBefore && (overrides.findByDate(d.date()).isPresent()
                        || audit.existsByDateAndAction(d.date(), CalendarAudit.Action.DELETE))) {
                    continue; // already there, or removed by an administrator
                }
                String source = d.source() != null ? d.source() : y.notice();
                boolean verified = d.verified() != null ? d.verified() : yearVerified;
                String note = d.note() != null ? d.note() : y.note();
                overrides.save(new CalendarDayOverride(new DayOverride(d.date(), d.kind(), d.reason(), source),
                        verified, note, now, SYSTEM));
                added++;
            }
            if (notice == null) {
                notice = new CalendarNotice(y.year());
            }
            notice.update(y.notice(), yearVerified, y.note(), fileRevision, now, SYSTEM);
            notices.save(notice);
            audit.save(new CalendarAudit(now, SYSTEM, CalendarAudit.Action.SEED, y.year(), null, null,
                    added + " day(s) from " + file.getFilename() + " revision " + fileRevision
                            + (yearVerified ? "" : " (unverified)")));
            calendar.invalidate(y.year());
            seeded++;
        }
        return seeded;
    }
}
