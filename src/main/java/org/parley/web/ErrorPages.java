package org.parley.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A missing consultation or page gets the 404 page from here, so that it is the same whether
 * the container or MockMvc serves it. Everything else goes to Spring Boot's error handling,
 * which renders templates/error/4xx.html or error.html: an upload over
 * spring.servlet.multipart.max-file-size, stopped while it streams in, becomes a 413 there.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    ModelAndView notFound() {
        var page = new ModelAndView("error/4xx", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }
}
