package org.parley.importing;

import java.util.List;

/** Something the admin should look at before confirming; a message key and its arguments. */
record ImportWarning(String key, List<Object> args) {

    ImportWarning(String key, Object... args) {
        this(key, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
