package vn.motcua.province;

import org.springframework.data.jpa.repository.JpaRepository;

/** The audit rows of applied province changes (table {@code province_change}). */
public interface ProvinceChangeRepository extends JpaRepository<ProvinceChange, Long> {
}
