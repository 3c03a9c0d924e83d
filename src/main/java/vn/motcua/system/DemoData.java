package vn.motcua.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.province.DemoPeople;
import vn.motcua.province.ProvinceApplier;
import vn.motcua.province.ProvinceFiles;

/**
 * The demo one-stop shop of the embedded default = the demo province file set ({@value #PROVINCE}: agencies,
 * groups, tenants, grants and filters, applied at start by {@code province.ProvinceAtStart}) + its demo people
 * ({@code demo-people.json}, password {@value #PASSWORD}) + the demo dossiers ({@link DemoDossiers}). People load
 * once: who already exists is left alone. Never under the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String PASSWORD = "demo";
    static final String PROVINCE = "province/binh-phuoc-demo";

    private final IdentityService identity;

    DemoData(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() {
        int created = people(ProvinceFiles.demoPeopleOnClasspath(PROVINCE));
        log.info("Demo people: {} created (0 means they were already there)", created);
    }

    /** The demo province applied (as at start) and its people: the same one-stop shop on any database. */
    static int seed(ProvinceApplier applier, IdentityService identity) {
        int changes = applier.apply(ProvinceFiles.readClasspath(PROVINCE), "demo").size();
        return changes + new DemoData(identity).people(ProvinceFiles.demoPeopleOnClasspath(PROVINCE));
    }

    private int people(DemoPeople people) {
        int created = 0;
        for (DemoPeople.Person p : people.users()) {
            if (identity.createUserQuery().userId(p.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(p.id());
            user.setFirstName(p.firstName());
            user.setLastName(p.lastName());
            user.setEmail(p.id() + "@motcua.local");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            p.groups().forEach(group -> identity.createMembership(p.id(), group));
            created++;
        }
        return created;
    }
}
