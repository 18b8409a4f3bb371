@ApplicationModule(allowedDependencies = {})
package wrongdirection.account;

import org.springframework.modulith.ApplicationModule;
