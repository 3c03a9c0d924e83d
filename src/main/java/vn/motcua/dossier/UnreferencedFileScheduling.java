package vn.motcua.dossier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link UnreferencedFiles} every night at 02:30 ({@code motcua.documents.sweep.cron});
 * {@code motcua.documents.sweep.scheduled=false} turns it off. Two nodes may both run it: deleting a file that is
 * already gone is no error.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "motcua.documents.sweep", name = "scheduled", matchIfMissing = true)
class UnreferencedFileScheduling {

    private final UnreferencedFiles files;

    UnreferencedFileScheduling(UnreferencedFiles files) {
        this.files = files;
    }

    @Scheduled(cron = "${motcua.documents.sweep.cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void sweep() {
        files.sweep();
    }
}
