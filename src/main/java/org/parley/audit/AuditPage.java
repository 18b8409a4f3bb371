package org.parley.audit;

import java.util.List;

/** One page of the audit log, newest first. */
record AuditPage(List<AuditEntry> entries, int page, int pages, long total) {

    boolean hasPrevious() {
        return page > 1;
    }

    boolean hasNext() {
        return page < pages;
    }
}
