package vn.motcua.engine;

/**
 * What the Cockpit page "Danh mục thủ tục" needs of the catalogue import (implemented by
 * {@code catalogue.CatalogueAdministrationService}, so the engine adapter does not depend on a higher context): each
 * answer is an HTTP status and a JSON body as the admin API's ({@link ProvinceAdministration.Answer}).
 */
public interface CatalogueAdministration {

    /** The changes the uploaded catalogue (JSON, XLSX or a zip of the two CSV files) would make. */
    ProvinceAdministration.Answer diff(byte[] body);

    /** Applies the uploaded catalogue as {@code actor}. */
    ProvinceAdministration.Answer apply(byte[] body, String actor);

    /** The stored procedure versions that have a step table (each with a skeleton to download). */
    ProvinceAdministration.Answer skeletons();

    /** The zip of a version's generated skeleton, or the problem (404, 400, 422) as the admin API answers it. */
    Download skeleton(String code, String effectiveFrom);

    /** A file to download, or the problem in its place ({@code zip} null). */
    record Download(ProvinceAdministration.Answer problem, String fileName, byte[] zip) {
    }
}
