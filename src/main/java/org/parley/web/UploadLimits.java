package org.parley.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is stopped while it streams in (spring.servlet.multipart.*), before
 * it reaches memory; the admin gets a page that says so and leads back to the form.
 */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge(HttpServletRequest request) {
        var page = new ModelAndView("error/413");
        page.addObject("back", request.getRequestURI().replaceFirst("/preview$", ""));
        return page;
    }
}
