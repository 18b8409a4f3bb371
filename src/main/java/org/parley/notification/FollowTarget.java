package org.parley.notification;

/** What can be followed. */
enum FollowTarget {
    PARAGRAPH, SESSION, CONSULTATION;

    static java.util.Optional<FollowTarget> named(String name) {
        for (var target : values()) {
            if (target.name().equals(name)) {
                return java.util.Optional.of(target);
            }
        }
        return java.util.Optional.empty();
    }
}
