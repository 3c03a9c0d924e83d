package vn.motcua.engine;

/**
 * Published (a Spring event) when the engine's users, groups, tenants or memberships changed on this node: once in
 * the changing transaction and again after it committed ({@link IdentityChangesPlugin}). Whoever keeps what it read
 * about users drops it.
 */
public enum IdentityChanged {
    INSTANCE
}
