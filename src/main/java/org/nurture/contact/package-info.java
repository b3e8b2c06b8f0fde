/**
 * A person on a channel ({@link org.nurture.contact.Channel} and address): their
 * language, consent history and whether messages of Nurture's own may reach them. Depends
 * on no other module: the channels and the conversation use it, never the other way
 * round.
 */
@ApplicationModule(allowedDependencies = {})
package org.nurture.contact;

import org.springframework.modulith.ApplicationModule;
