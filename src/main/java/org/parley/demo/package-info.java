/**
 * The demo a newcomer sees on first start: two consultations made from the seed documents and
 * an account for each role. Loaded only into an empty database, and switched off with
 * {@code parley.demo.enabled=false}.
 */
@NullMarked
package org.parley.demo;

import org.jspecify.annotations.NullMarked;
