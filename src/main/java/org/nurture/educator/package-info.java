/**
 * The directory of certified educators ({@code config/educators.csv}: loading,
 * validation, reload), the ZIP and city gazetteer, the nearest-educator search and the
 * record of referrals. It knows nothing of conversations: how a referral reads is
 * content, rendered by the conversation module.
 */
@ApplicationModule(allowedDependencies = "text")
package org.nurture.educator;

import org.springframework.modulith.ApplicationModule;
