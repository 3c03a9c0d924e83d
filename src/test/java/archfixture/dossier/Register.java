package archfixture.dossier;

import archfixture.sla.SlaPolicy;

/** Deliberately bad: the register uses the higher SLA context, which uses it back (a cycle). */
public class Register {

    SlaPolicy policy;
}
