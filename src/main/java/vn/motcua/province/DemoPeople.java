package vn.motcua.province;

import java.util.List;

/**
 * Demo users of a province (file {@code demo-people.json}, only in a demo file set): real provinces keep their
 * people in Camunda Admin or an external directory (LDAP, docs/operations.md).
 */
public record DemoPeople(List<Person> users) {

    public DemoPeople {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record Person(String id, String firstName, String lastName, List<String> groups) {
        public Person {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
