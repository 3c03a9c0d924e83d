package vn.motcua.dossier;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierAttachmentRepository extends JpaRepository<DossierAttachment, Long> {

    List<DossierAttachment> findByDossierIdOrderByIdAsc(Long dossierId);

    /** Which of the keys attachment rows refer to. */
    @Query("select a.storageKey from DossierAttachment a where a.storageKey in :keys")
    List<String> findStorageKeys(Collection<String> keys);
}
