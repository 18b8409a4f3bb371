package org.parley.consultation;

/** A section or session named in a request belongs to another consultation (or to none); nothing is changed. */
public class NotInConsultation extends RuntimeException {

    NotInConsultation(String what) {
        super(what);
    }
}
