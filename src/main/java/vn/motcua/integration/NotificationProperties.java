package vn.motcua.integration;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.notifications.*}: the SMS gateway and the Zalo official account the citizens' notifications go
 * through (docs/integration.md "Citizen notifications"); each is off until its address (SMS) or access token (Zalo)
 * is set. E-mail is {@code motcua.notifications.mail.*} with Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("motcua.notifications")
public record NotificationProperties(@DefaultValue Sms sms, @DefaultValue Zalo zalo) {

    /**
     * @param baseUrl  the gateway (or the LGSP's SMS service); unset = no SMS
     * @param apiKey   sent as {@code Authorization: Bearer …}
     * @param sender   the registered brandname the messages go out under
     */
    public record Sms(String baseUrl, @DefaultValue("/sms/messages") String path, String apiKey,
                      @DefaultValue("UBND TINH") String sender,
                      @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {
    }

    /**
     * @param accessToken the official account's access token; unset = no Zalo
     * @param templates   the Zalo notification-service template id registered for each notice ({@code received: "…"});
     *                    a notice without one is not sent by Zalo
     */
    public record Zalo(@DefaultValue("https://business.openapi.zalo.me") String baseUrl,
                       @DefaultValue("/message/template") String path, String accessToken,
                       @DefaultValue Map<String, String> templates,
                       @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {
    }
}
