package vn.motcua.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierAttachmentRepository extends JpaRepository<DossierAttachment, Long> {

    List<DossierAttachment> findByDossierIdOrderByIdAsc(Long dossierId);
}
