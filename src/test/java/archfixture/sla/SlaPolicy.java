package archfixture.sla;

import archfixture.dossier.Register;

/** Uses the lower register: allowed on its own, a cycle together with {@link Register}. */
public class SlaPolicy {

    Register register;
}
