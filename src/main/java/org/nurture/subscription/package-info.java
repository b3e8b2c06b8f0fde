/**
 * Daily-tip subscriptions: the tip catalog and its plan, the schedule in each parent's
 * time zone, and the delivery outbox.
 */
@ApplicationModule(allowedDependencies = { "contact", "system", "text" })
package org.nurture.subscription;

import org.springframework.modulith.ApplicationModule;
