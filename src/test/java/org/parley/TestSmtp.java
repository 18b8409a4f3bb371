package org.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the tests: one free port per test JVM, so that two test runs on one machine
 * do not fight over GreenMail's fixed 3025. {@link TestDatabase} points every context's
 * {@code spring.mail.port} here; a test that wants mail sets {@code spring.mail.host=localhost}.
 */
public final class TestSmtp {

    public static final int PORT = freePort();
    public static final ServerSetup SERVER = new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
