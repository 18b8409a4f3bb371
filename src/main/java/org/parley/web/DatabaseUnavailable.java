package org.parley.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached (restarting, failing over, out of connections) a request
 * gets a 503 "please try again" page instead of an error, and a form that was being sent comes
 * back with everything that was typed, ready to send again. The transaction was rolled back, so
 * nothing is half-written; forms carry their idempotency key, so sending again never doubles a
 * comment. The connection pool reconnects by itself once the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Fields people type into: shown as text areas on the retry page, so nothing they wrote is lost. */
    static final Set<String> TYPED = Set.of("body", "proposedText", "text", "note", "reason", "summary", "title");

    @ExceptionHandler({DataAccessException.class, TransactionException.class, jakarta.persistence.PersistenceException.class})
    ModelAndView unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!isConnectionLost(failure)) {
            log.info("Not a lost database connection, left to the error page: {}", failure.toString());
            throw failure;
        }
        response.setHeader("Retry-After", "5");
        var page = new ModelAndView("error/retry", HttpStatus.SERVICE_UNAVAILABLE);
        // on the container's error dispatch the address is /error; the request's own is kept in an attribute
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        page.addObject("action", original instanceof String uri ? uri : request.getRequestURI());
        var typed = new ArrayList<Field>();
        var hidden = new ArrayList<Field>();
        request.getParameterMap().forEach((name, values) -> {
            if ("_csrf".equals(name)) {
                return; // the form adds the session's token itself
            }
            for (String value : values) {
                (TYPED.contains(name) ? typed : hidden).add(new Field(name, value));
            }
        });
        page.addObject("typed", typed);
        page.addObject("hidden", hidden);
        page.addObject("resend", !"GET".equals(request.getMethod()) || !typed.isEmpty());
        return page;
    }

    /**
     * SQL state class 08 (connection exception) and 57P01–57P04 (the server shutting down or
     * starting), a pool that found no connection in time, a socket that broke, or a rollback that
     * could not reach the server.
     */
    static boolean isConnectionLost(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof java.net.SocketException
                    || cause instanceof java.io.EOFException) {
                return true;
            }
            if (cause instanceof org.hibernate.TransactionException && String.valueOf(cause.getMessage()).contains("rollback")) {
                return true; // the connection died under the transaction: its rollback could not even be sent
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    record Field(String name, String value) {
    }
}
