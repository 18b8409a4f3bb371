@ApplicationModule(allowedDependencies = {})
package wrongdirection.web;

import org.springframework.modulith.ApplicationModule;
