package org.parley.account;

/** A yes/no the layout shows for the signed-in person ({@link LayoutValue}); no for nobody signed in. */
public abstract class LayoutFlag extends LayoutValue<Boolean> {

    protected LayoutFlag(String name) {
        super(name, false);
    }
}
