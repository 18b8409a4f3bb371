package org.parley.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's error controller, which answers JSON unless the request names
 * {@code text/html}: link checkers, validators and monitors send {@code *}{@code /*} or no Accept
 * at all and got JSON. Here the page is HTML unless JSON is asked for by name. The JSON mapping
 * names its type and the page does not, so that {@code *}{@code /*} matches the page exactly and
 * JSON only as one of many: Spring then picks the page.
 *
 * <p>{@code /error} opened directly carries no error: it is an address without a page, so 404.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController extends AbstractErrorController {

    ErrorPageController(ErrorAttributes errorAttributes, List<ErrorViewResolver> viewResolvers) {
        super(errorAttributes, viewResolvers);
    }

    @RequestMapping
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        Map<String, Object> model = attributes(request, status);
        response.setStatus(status.value());
        ModelAndView page = resolveErrorView(request, response, status, model);
        return page != null ? page : new ModelAndView("error", model, status);
    }

    @RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        return new ResponseEntity<>(attributes(request, status), status);
    }

    private HttpStatus status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND : getStatus(request);
    }

    private Map<String, Object> attributes(HttpServletRequest request, HttpStatus status) {
        var attributes = new LinkedHashMap<>(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
        attributes.put("status", status.value());
        attributes.put("error", status.getReasonPhrase());
        return attributes;
    }
}
