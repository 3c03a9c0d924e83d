package vn.motcua.dossier;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's notification choices as the desk records them ({@code /api/dossiers/{code}/notifications}): read
 * and replace, for the dossier or for every dossier of its applicant. Only for a dossier of the caller's agencies
 * (404 otherwise, as for an unknown code).
 */
@RestController
@RequestMapping("/api/dossiers/{code}/notifications")
@Tag(name = "Hồ sơ")
@SecurityRequirement(name = "basic")
class NotificationChoiceController {

    private final NotificationChoices choices;
    private final DossierProcesses processes;

    NotificationChoiceController(NotificationChoices choices, DossierProcesses processes) {
        this.choices = choices;
        this.processes = processes;
    }

    @Operation(operationId = "getNotificationChoices", summary = "Xem lựa chọn nhận thông báo của người nộp")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> get(@PathVariable String code) {
        return choices.choices(code);
    }

    @Operation(operationId = "putNotificationChoices", summary = "Ghi lựa chọn không nhận thông báo", description = "{\"scope\": \"DOSSIER\"|\"APPLICANT\", \"optOut\": [\"SMS\", \"EMAIL\", \"ZALO\"]}")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> put(@PathVariable String code, @RequestBody(required = false) String body) {
        return choices.change(code, body, processes.currentUser());
    }
}
