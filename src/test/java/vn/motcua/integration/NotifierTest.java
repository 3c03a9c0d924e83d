package vn.motcua.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import vn.motcua.integration.Notification.Recipient;

class NotifierTest {

    final Notification notification = new Notification("000.00.20.H10-260302-0001",
            List.of(new Recipient("Đỗ Thị Hạnh", "hanh@example.vn", "0912345678"), new Recipient("Lê Văn B", null, null)),
            "Xin lỗi và hẹn lại ngày trả kết quả", "Ngày hẹn mới: 16 giờ 30 phút, ngày 16/03/2026.");

    @Test
    void shouldMailOnlyThoseWithAnAddress() {
        JavaMailSender mail = mock(JavaMailSender.class);
        int sent = new MailNotificationChannel(mail, "motcua@dongxoai.gov.vn").send(notification);

        assertThat(sent).isOne();
        ArgumentCaptor<SimpleMailMessage> message = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mail).send(message.capture());
        assertThat(message.getValue().getTo()).containsExactly("hanh@example.vn");
        assertThat(message.getValue().getSubject()).isEqualTo("[000.00.20.H10-260302-0001] Xin lỗi và hẹn lại ngày trả kết quả");
        assertThat(message.getValue().getText()).contains("Kính gửi Đỗ Thị Hạnh", "16/03/2026");
    }

    @Test
    void shouldGoOnWithTheOtherChannelsWhenOneFails() {
        JavaMailSender broken = mock(JavaMailSender.class);
        doThrow(new org.springframework.mail.MailSendException("SMTP down")).when(broken).send(any(SimpleMailMessage.class));
        Notifier notifier = new Notifier(List.of(new MailNotificationChannel(broken, "x@y"), new LoggingNotificationChannel()));

        assertThat(notifier.send(notification)).as("the log still reaches both").isEqualTo(2);
    }

    @Test
    void shouldLeaveTheOutboxOnlyGatewaysToTheOutbox() {
        NotificationChannel sms = mock(NotificationChannel.class);
        when(sms.outboxOnly()).thenReturn(true);
        Notifier notifier = new Notifier(List.of(sms, new LoggingNotificationChannel()));

        assertThat(notifier.send(notification)).isEqualTo(2);
        verify(sms, never()).send(any());
    }

    @Test
    void shouldRefuseANotificationWithoutDossierCode() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Notification(" ", List.of(), "s", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dossierCode");
    }
}
