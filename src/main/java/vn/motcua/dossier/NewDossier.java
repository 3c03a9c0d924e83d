package vn.motcua.dossier;

/** What is needed to register a dossier: where, which procedure and case, how it came in, and from whom. */
public record NewDossier(String agencyCode, String procedureCode, String caseCode, Channel channel,
                         Applicant applicant, String summary) {
}
