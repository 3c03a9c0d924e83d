package vn.motcua.modelling;

/** The test skeletons, for tests of other packages (the engine's deploy-time checks). */
public final class GeneratedSkeletons {

    private GeneratedSkeletons() {
    }

    /** The first land-use certificate with a tax-office step and two reviews. */
    public static Skeleton example() {
        return Tables.landCertificate();
    }

    /** A table whose every analyst text is hostile. */
    public static Skeleton hostileExample() {
        return Tables.hostile();
    }
}
