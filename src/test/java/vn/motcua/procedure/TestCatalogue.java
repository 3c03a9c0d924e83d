package vn.motcua.procedure;

/** Catalogue data that only the loader sets, for tests that build their own procedures. */
public final class TestCatalogue {

    private TestCatalogue() {
    }

    public static void centralisedSystem(AdministrativeProcedure procedure, String prefix) {
        procedure.centralisedSystem(prefix, prefix == null ? null : "test");
    }

    public static void exempt(ProcedureComponent component, ScanExemption exemption, String source) {
        component.describeScan(exemption, source);
    }
}
