package vn.motcua.document;

import java.util.List;

/**
 * The result document of one administrative procedure (kết quả giải quyết TTHC), rendered as PDF from plain
 * data. One per procedure (a Spring bean, or an entry of the itemized wording file), plus the refusal notice shared by
 * every procedure; {@link ResultTemplates} finds it by procedure code and result type (the process variable
 * {@value ResultTemplates#RESULT_TYPE}). A template is pure: same data, same page content.
 */
public interface ResultTemplate {

    /** The procedure code in the national database, e.g. {@code 1.001612}. */
    String procedureCode();

    /** The document's title, e.g. "Giấy chứng nhận đăng ký hộ kinh doanh". */
    String title();

    /** The procedure fields the template needs in {@link ResultData#fields()} (required unless marked optional). */
    List<ResultField> fields();

    /** Whether the document grants what the applicant asked for or refuses it. */
    default ResultKind kind() {
        return ResultKind.GRANTED;
    }

    /**
     * The value of the process variable {@value ResultTemplates#RESULT_TYPE} that chooses this template among the
     * procedure's outcomes (e.g. {@code permit} for the construction permit); null when the procedure's forms set no
     * result type.
     */
    default String resultType() {
        return null;
    }

    /** The PDF; fails with an {@link IllegalArgumentException} naming a missing or invalid field. */
    byte[] render(ResultData data);

    /** The signer's title line printed on the result, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN". */
    String signerTitle(ResultData data);

    /** File name of the rendered result, ASCII only, e.g. {@code giay-chung-nhan-dkhkd-000.00.20.H10-...pdf}. */
    String fileName(ResultData data);
}
