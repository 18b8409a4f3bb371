package org.parley.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors a reader can meet in normal use get a page of their own with a way on. Anything else
 * goes to Spring Boot's error handling, which renders templates/error.html.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * An upload over the limit is stopped while it streams in (spring.servlet.multipart.*),
     * before it reaches memory; the admin learns why and finds the way back to the form.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView uploadTooLarge(HttpServletRequest request) {
        var page = new ModelAndView("error/413");
        page.addObject("back", request.getRequestURI().replaceFirst("/preview$", ""));
        return page;
    }
}
