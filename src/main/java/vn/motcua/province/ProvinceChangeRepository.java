package vn.motcua.province;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProvinceChangeRepository extends JpaRepository<ProvinceChange, Long> {

    List<ProvinceChange> findTop1ByOrderByIdDesc();
}
