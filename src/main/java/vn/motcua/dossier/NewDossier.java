package vn.motcua.dossier;

/**
 * What is needed to register a dossier: where, which procedure and case, how it came in, and from whom.
 *
 * @param agencyCode          the resolving agency (code prefix, tenant, deadlines)
 * @param receivingAgencyCode the agency whose service centre received it ({@link ReceivingCentres}); null: the
 *                            resolving agency
 */
public record NewDossier(String agencyCode, String procedureCode, String caseCode, Channel channel,
                         Applicant applicant, String summary, String receivingAgencyCode) {

    /** Received by the resolving agency's own desk. */
    public NewDossier(String agencyCode, String procedureCode, String caseCode, Channel channel, Applicant applicant,
                      String summary) {
        this(agencyCode, procedureCode, caseCode, channel, applicant, summary, null);
    }
}
