package vn.motcua.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarNoticeRepository extends JpaRepository<CalendarNotice, Integer> {
}
