package org.parley.importing;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Pasted text or an uploaded file, and the format (null: detect it). */
record ImportForm(@Nullable ImportFormat format, @Nullable String text, @Nullable MultipartFile file) {

    static ImportForm empty() {
        return new ImportForm(null, "", null);
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }
}
