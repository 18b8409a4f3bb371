package org.parley.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip put together from parts compressed once each. Every part is deflated on its own and ends
 * on a full flush (byte-aligned, no reference to what came before), so parts can follow each
 * other in any order: a page's shared parts, compressed when it was rendered, around one
 * reader's header, compressed when theirs was. Joining costs a checksum, not a compression.
 * Compressed apart, a reader's CSRF token never shares a compression window with text that
 * others wrote, which is what a BREACH-style attack on compressed pages needs.
 */
final class GzipParts {

    /** Text as it is sent plain, and the same deflated (raw, full-flushed, not finished). */
    record Part(byte[] plain, byte[] deflated) {

        static Part of(byte[] plain) {
            var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(plain);
                var out = new ByteArrayOutputStream(plain.length / 4 + 64);
                var buffer = new byte[8192];
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
                return new Part(plain, out.toByteArray());
            } finally {
                deflater.end();
            }
        }

        int weight() {
            return plain.length + deflated.length + 64;
        }
    }

    /** Gzip's header: deflate, no name, no time, unknown system. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** An empty last block (fixed codes, end of block only): closes the deflate stream. */
    private static final byte[] LAST_BLOCK = {3, 0};

    private static final int TRAILER = 8;

    private GzipParts() {
    }

    static int plainLength(Part... parts) {
        int length = 0;
        for (var part : parts) {
            length += part.plain().length;
        }
        return length;
    }

    static int gzipLength(Part... parts) {
        int length = HEADER.length + LAST_BLOCK.length + TRAILER;
        for (var part : parts) {
            length += part.deflated().length;
        }
        return length;
    }

    static void writePlain(OutputStream out, Part... parts) throws IOException {
        for (var part : parts) {
            out.write(part.plain());
        }
    }

    static void writeGzip(OutputStream out, Part... parts) throws IOException {
        var checksum = new CRC32();
        out.write(HEADER);
        for (var part : parts) {
            out.write(part.deflated());
            checksum.update(part.plain());
        }
        out.write(LAST_BLOCK);
        writeLittleEndian(out, checksum.getValue());
        writeLittleEndian(out, plainLength(parts));
    }

    private static void writeLittleEndian(OutputStream out, long value) throws IOException {
        out.write(new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)});
    }
}
