package org.parley.importing;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pasted text or an uploaded file, the format (null: detect it), and the heading level from
 * which headings are read as paragraphs (null: none).
 */
record ImportForm(@Nullable ImportFormat format, @Nullable String text, @Nullable MultipartFile file,
                  @Nullable Integer headingsAsParagraphs) {

    static ImportForm empty() {
        return new ImportForm(null, "", null, null);
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }
}
