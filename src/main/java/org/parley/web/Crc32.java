package org.parley.web;

/**
 * The CRC-32 of two texts one after the other from the CRC-32 of each and the second's length,
 * without reading them again: zlib's {@code crc32_combine} (multiplication of polynomials over
 * GF(2) modulo the CRC polynomial), as Java's CRC32 does not offer it.
 */
final class Crc32 {

    /** The CRC-32 polynomial, bits reversed. */
    private static final int POLYNOMIAL = 0xedb88320;

    /** x^(2^k) modulo the polynomial, for k = 0 … 31. */
    private static final int[] X_TO_TWO_TO_THE = new int[32];

    static {
        int power = 1 << 30; // x^1
        for (int k = 0; k < X_TO_TWO_TO_THE.length; k++) {
            X_TO_TWO_TO_THE[k] = power;
            power = multiply(power, power);
        }
    }

    private Crc32() {
    }

    /** The CRC-32 of A followed by B, given those of A and of B, and B's length in bytes. */
    static int combine(int first, int second, long secondLength) {
        return multiply(xToThe8N(secondLength), first) ^ second;
    }

    /** x^(8n) modulo the polynomial: the shift of n bytes. */
    private static int xToThe8N(long n) {
        int product = 1 << 31; // x^0
        for (int k = 3; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                product = multiply(X_TO_TWO_TO_THE[k & 31], product);
            }
        }
        return product;
    }

    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
        return product;
    }
}
