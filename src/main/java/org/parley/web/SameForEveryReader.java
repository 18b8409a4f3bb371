package org.parley.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler: asked for without a query string, the page shows every signed-in reader
 * with the same roles and the same {@link HeaderValue}s the same thing, except the layout's own
 * part (the header with their name, their menu and the sign-out form). {@link SignedInPageFilter}
 * then renders that page once for all of them and puts each reader's own header in. A handler
 * whose page shows anything of the reader (their comments, a form, a mark of what they did) must
 * not carry it, or must call {@link SharedPageMarks#forThisReaderOnly} when it does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SameForEveryReader {

    /** Also with a query string: the page is the same for every address it is asked at (a search). */
    boolean withQueryString() default false;
}
