/**
 * The content model and its loading and validation. Open to other modules (a named
 * interface) because everything a parent reads comes from here, the channels' own texts
 * included.
 */
@NamedInterface("content")
package org.nurture.conversation.content;

import org.springframework.modulith.NamedInterface;
