/**
 * The province as data (docs/province.md): its agencies, service centres, units and groups, and the procedures
 * each agency resolves, read from a versioned file set under {@code province/}, validated, and applied to the
 * register and the engine (agencies, groups, tenants, grants, Tasklist filters) idempotently, with an audit row
 * per change. Sits above {@code security}, whose {@code AgencyTenants} derives tenants and memberships, and below
 * {@code system}, whose demo loader adds demo people and dossiers to the demo province.
 */
package vn.motcua.province;
