/**
 * Two modules for {@code ModularityTests}: {@code web} declares that it depends on nothing, as
 * Parley's does, yet uses {@code account}. Spring Modulith must refuse it.
 */
package wrongdirection;
