package vn.motcua.process;

import static vn.motcua.process.DossierProcess.DOSSIER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierRegister;

/** Service task after the legal-deadline timer ({@code ${markDossierOverdue}}): the dossier is flagged overdue. */
@Component("markDossierOverdue")
class MarkOverdueDelegate implements JavaDelegate {

    private final DossierRegister register;

    MarkOverdueDelegate(DossierRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.markOverdue(DOSSIER_ID.require(execution));
    }
}
