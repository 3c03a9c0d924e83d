package vn.motcua.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.StaffDirectory;
import vn.motcua.process.EngineAccess;

/**
 * Staff names and units from the identity service (Camunda's users and groups, or the directory with the
 * profile {@code ldap}): the full name is "first name last name", the unit the names of the user's groups
 * other than Camunda's system groups ({@code camunda-admin}). Read without the caller's authorizations: a clerk
 * printing a slip of a dossier she may see needs the names of the colleagues who handled it, and reads nothing
 * else of them.
 */
@Component
class CamundaStaffDirectory implements StaffDirectory {

    private static final String SYSTEM_GROUP_TYPE = "SYSTEM";

    private final IdentityService identity;
    private final EngineAccess engine;

    CamundaStaffDirectory(IdentityService identity, EngineAccess engine) {
        this.identity = identity;
        this.engine = engine;
    }

    @Override
    public Optional<Staff> user(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return engine.withoutAuthorization(() -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return Optional.empty();
            }
            List<String> units = identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list().stream()
                    .filter(g -> !SYSTEM_GROUP_TYPE.equalsIgnoreCase(g.getType()))
                    .map(CamundaStaffDirectory::name).toList();
            return Optional.of(new Staff(fullName(user).orElse(userId), units.isEmpty() ? null : String.join(", ", units)));
        });
    }

    @Override
    public Optional<String> groupName(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return Optional.empty();
        }
        return engine.withoutAuthorization(() -> Optional.ofNullable(identity.createGroupQuery().groupId(groupId).singleResult())
                .map(CamundaStaffDirectory::name));
    }

    /** "first name last name", e.g. "Nguyễn Thị Lan"; empty when the user has neither. */
    static Optional<String> fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static String name(Group group) {
        return group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
    }
}
