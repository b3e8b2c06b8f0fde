/**
 * Text as people type it: folding a message to the form rules match on (case, accents,
 * punctuation, emoji) and how many slips apart two words are. Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.nurture.text;

import org.springframework.modulith.ApplicationModule;
