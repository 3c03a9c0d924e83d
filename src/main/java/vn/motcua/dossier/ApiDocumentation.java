package vn.motcua.dossier;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The OpenAPI description of Motcua's API ({@code /v3/api-docs}, checked in as {@code docs/openapi.json}). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI motcuaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Motcua API").version("1")
                        .description("Nộp, tiếp nhận, tra cứu hồ sơ thủ tục hành chính và tải các mẫu phiếu một cửa. "
                                + "Xác thực HTTP Basic bằng tài khoản Camunda; /api/public/** không cần đăng nhập; "
                                + "/api/inbound/** chỉ nhận access token (Bearer) do cổng LGSP cấp cho Motcua. "
                                + "Lỗi theo RFC 7807 (application/problem+json) với mảng errors [{field, message}]."))
                .servers(List.of(new Server().url("/").description("Máy chủ Motcua")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("lgsp", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("Access token OAuth2 client credentials do cổng LGSP cấp, "
                                        + "phạm vi motcua.inbound (docs/security.md)")));
    }
}
