/**
 * What every module stands on: the database setup ({@code DATA_DIR} or
 * {@code DATABASE_URL}), group commit of writes, the clock, log masking. Depends on no
 * other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.nurture.system;

import org.springframework.modulith.ApplicationModule;
