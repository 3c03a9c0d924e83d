package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayOverrideRepository extends JpaRepository<CalendarDayOverride, Long> {

    List<CalendarDayOverride> findByYearOrderByDate(int year);

    Optional<CalendarDayOverride> findByDate(LocalDate date);

    boolean existsByYear(int year);
}
