package vn.motcua.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarAuditRepository extends JpaRepository<CalendarAudit, Long> {

    boolean existsByYearAndAction(int year, CalendarAudit.Action action);

    List<CalendarAudit> findByYearOrderById(int year);

    boolean existsByDateAndAction(java.time.LocalDate date, CalendarAudit.Action action);
}
