package org.parley.importing;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A revision pasted or uploaded (format null: detect it); on the report, also the admin's
 * corrections and the fingerprint of the live text the report was made on.
 */
record ReimportForm(@Nullable ImportFormat format, @Nullable String text, @Nullable MultipartFile file,
                    @Nullable String corrections, @Nullable String fingerprint) {

    static ReimportForm empty() {
        return new ReimportForm(null, "", null, "", null);
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    String correctionsOrNone() {
        return corrections == null ? "" : corrections;
    }

    String textOrEmpty() {
        return text == null ? "" : text;
    }
}
