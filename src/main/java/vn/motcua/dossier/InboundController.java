package vn.motcua.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Messages from the LGSP/portal ({@code /api/inbound/dossiers}, docs/integration.md "Inbound"), authenticated as the
 * technical client by its own security chain (bearer token of the LGSP gateway, docs/security.md). Each carries a
 * {@code Message-Id}; a replay gets the first answer with {@code Message-Replayed: true}.
 */
@RestController
@RequestMapping("/api/inbound/dossiers")
@Tag(name = "Liên thông đầu vào (LGSP)", description = "Thông điệp từ cổng dịch vụ công qua LGSP: nộp hồ sơ trực tuyến, "
        + "bổ sung, rút hồ sơ, xác nhận nộp nghĩa vụ tài chính, nộp phí trực tuyến, lựa chọn nhận thông báo")
@SecurityRequirement(name = "lgsp")
class InboundController {

    static final String REPLAYED = "Message-Replayed";

    private final InboundDossiers inbound;

    InboundController(InboundDossiers inbound) {
        this.inbound = inbound;
    }

    @Operation(operationId = "inboundSubmit", summary = "Nộp hồ sơ trực tuyến", description = """
            Multipart như POST /api/dossiers: phần JSON `dossier` (kênh ONLINE, có dữ liệu thủ tục), các tệp (tên phần = mã \
            thành phần hồ sơ), và phần JSON tùy chọn `notifications` {"optOut":["SMS"]}.""")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> submit(@Parameter(hidden = true) Authentication client,
                                  @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                  @RequestPart(name = "dossier", required = false) String dossier,
                                  @RequestPart(name = "notifications", required = false) String notifications,
                                  @Parameter(hidden = true) MultipartRequest request) {
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>(request.getMultiFileMap());
        files.remove("dossier");
        files.remove("notifications");
        return answer(inbound.submit(messageId, client.getName(), dossier, notifications, files));
    }

    @Operation(operationId = "inboundSupplement", summary = "Nộp hồ sơ bổ sung", description = "Multipart: `idNumber` (số định danh người nộp), `note`, các tệp bổ sung")
    @PostMapping(path = "/{code}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> supplement(@Parameter(hidden = true) Authentication client,
                                      @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                      @PathVariable String code,
                                      @RequestParam(required = false) String idNumber,
                                      @RequestParam(required = false) String note,
                                      @Parameter(hidden = true) MultipartRequest request) {
        return answer(inbound.supplement(messageId, client.getName(), code, idNumber, note,
                new LinkedHashMap<>(request.getMultiFileMap())));
    }

    @Operation(operationId = "inboundWithdrawal", summary = "Rút hồ sơ theo yêu cầu của người nộp", description = "{\"idNumber\", \"reason\"}")
    @PostMapping(path = "/{code}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> withdraw(@Parameter(hidden = true) Authentication client,
                                    @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                    @PathVariable String code, @RequestBody(required = false) String body) {
        return answer(inbound.withdraw(messageId, client.getName(), code, body));
    }

    @Operation(operationId = "inboundStopRequest", summary = "Đề nghị dừng giải quyết hồ sơ (Nghị định 118/2025, Điều 21)",
            description = "{\"idNumber\", \"reason\"}")
    @PostMapping(path = "/{code}/stop-request", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> stopRequest(@Parameter(hidden = true) Authentication client,
                                       @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                       @PathVariable String code, @RequestBody(required = false) String body) {
        return answer(inbound.stopRequest(messageId, client.getName(), code, body));
    }

    @Operation(operationId = "inboundPayment", summary = "Xác nhận đã nộp nghĩa vụ tài chính trực tuyến",
            description = "{\"idNumber\", \"receiptNumber\", \"amount\", \"paidAt\"}; hồ sơ ở trạng thái 6 tiếp tục được xử lý")
    @PostMapping(path = "/{code}/payment", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> paid(@Parameter(hidden = true) Authentication client,
                                @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                @PathVariable String code, @RequestBody(required = false) String body) {
        return answer(inbound.paid(messageId, client.getName(), code, body));
    }

    @Operation(operationId = "inboundFeePayment", summary = "Xác nhận đã nộp phí, lệ phí của thủ tục trực tuyến",
            description = "{\"idNumber\", \"transactionId\", \"amount\", \"paidAt\"}: số tiền đúng phí của trường hợp thủ tục "
                    + "(422 `amount` nếu khác); hồ sơ chưa kết thúc, không ở trạng thái 6; trạng thái hồ sơ không đổi. Cùng giao "
                    + "dịch gửi lại: trả lời như lần đầu; giao dịch khác khi đã nộp: 409 (đã nộp phí); trường hợp không thu phí: 409")
    @PostMapping(path = "/{code}/fee-payment", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> feePaid(@Parameter(hidden = true) Authentication client,
                                   @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                   @PathVariable String code, @RequestBody(required = false) String body) {
        return answer(inbound.feePaid(messageId, client.getName(), code, body));
    }

    @Operation(operationId = "inboundPartnerResult", summary = "Kết quả của cơ quan phối hợp cho một phần liên thông",
            description = "{\"outcome\": \"confirmed\"|\"notConfirmed\", \"reply\", \"documentNumber\", \"financialObligationDue\"}; "
                    + "quy trình đang chờ phần {partId} của hồ sơ tiếp tục")
    @PostMapping(path = "/{code}/lien-thong/{partId}/result", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> partnerResult(@Parameter(hidden = true) Authentication client,
                                         @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                         @PathVariable String code, @PathVariable String partId,
                                         @RequestBody(required = false) String body) {
        return answer(inbound.partnerResult(messageId, client.getName(), code, partId, body));
    }

    @Operation(operationId = "inboundNotificationChoices", summary = "Lựa chọn không nhận thông báo", description = "{\"idNumber\", \"scope\": \"DOSSIER\"|\"APPLICANT\", \"optOut\": [\"SMS\", \"EMAIL\", \"ZALO\"]}")
    @PutMapping(path = "/{code}/notifications", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> notifications(@Parameter(hidden = true) Authentication client,
                                         @RequestHeader(name = InboundMessages.MESSAGE_ID, required = false) String messageId,
                                         @PathVariable String code, @RequestBody(required = false) String body) {
        return answer(inbound.notifications(messageId, client.getName(), code, body));
    }

    private static ResponseEntity<String> answer(InboundMessages.Answer answer) {
        var response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(answer.body());
    }
}
