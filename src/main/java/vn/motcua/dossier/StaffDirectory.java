package vn.motcua.dossier;

import java.util.Optional;

/**
 * Port: who the people and units behind the user and group ids of the register are, as the slips print them
 * ("Nguyễn Thị Lan", "Bộ phận một cửa thành phố Đồng Xoài"). Implemented on the identity service (Camunda's
 * users and groups, or the directory) by the security context.
 */
public interface StaffDirectory {

    /** A staff member: full name and the unit(s) they work in; {@code unit} null when in no unit. */
    record Staff(String fullName, String unit) {

        /** "Nguyễn Thị Lan (Bộ phận một cửa thành phố Đồng Xoài)", or the name alone. */
        public String nameAndUnit() {
            return unit == null ? fullName : fullName + " (" + unit + ")";
        }
    }

    /** The user with this id; empty when unknown. */
    Optional<Staff> user(String userId);

    /** The name of the group (unit, desk) with this id; empty when unknown. */
    Optional<String> groupName(String groupId);
}
