package vn.motcua.signature;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.CallerAgencies;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;

/**
 * Reads a dossier's result for people: the signed PDF as stored, or the draft rendered from the data of a
 * task of the dossier that the caller may see (so a signer reads exactly what approving will sign).
 */
@Service
class ResultDocuments {

    private final DossierRepository dossiers;
    private final SignedResults results;
    private final ResultSigning signing;
    private final ResultDrafts drafts;
    private final CallerAgencies callers;

    ResultDocuments(DossierRepository dossiers, SignedResults results, ResultSigning signing, ResultDrafts drafts,
                    CallerAgencies callers) {
        this.dossiers = dossiers;
        this.callers = callers;
        this.results = results;
        this.signing = signing;
        this.drafts = drafts;
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    SignedResultFile signed(String code) {
        // outside the user's agencies: the same 404 as for a code that does not exist
        AgencyScope scope = callers.current();
        Dossier dossier = dossiers.findByCode(code).filter(d -> scope.includes(d.getAgency().getCode()))
                .orElseThrow(() -> notFound("Không tìm thấy hồ sơ " + code));
        return results.signedResult(dossier.getId())
                .orElseThrow(() -> notFound("Hồ sơ " + code + " chưa có kết quả đã ký số"));
    }

    byte[] draft(String code) {
        try {
            ResultSigning.Request request = drafts.fromVisibleStep(code)
                    .orElseThrow(() -> notFound("Không có công việc nào của hồ sơ " + code + " mà người dùng được xem"));
            return signing.draft(request);
        } catch (IllegalStateException notReady) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, notReady.getMessage());
        }
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }
}
