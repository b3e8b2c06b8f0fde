/** Comparing words as people type them: how many slips apart two words are. Depends on nothing else in Nurture. */
package org.nurture.text;
