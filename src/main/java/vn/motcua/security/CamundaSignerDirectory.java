package vn.motcua.security;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.motcua.signature.SignerDirectory;

/** Users' names from Camunda's identity service: "first name last name", e.g. "Phạm Văn Hùng". */
@Component
class CamundaSignerDirectory implements SignerDirectory {

    private final IdentityService identity;

    CamundaSignerDirectory(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? Optional.empty() : CamundaStaffDirectory.fullName(user);
    }
}
