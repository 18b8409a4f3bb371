package org.parley.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A missing consultation or page gets the 404 page from here, so that it is the same whether
 * the container or MockMvc serves it. Everything else goes to Spring Boot's error handling,
 * which renders templates/error/&lt;status&gt;.html or error.html: an upload over
 * spring.servlet.multipart.max-file-size, stopped while it streams in, becomes error/413.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
