/**
 * The conversation: the content in {@code conversations/} ({@code content}), reading what
 * a parent wrote ({@code understanding}), the pure engine that decides the answer
 * ({@code engine}), and the edge around it that loads and saves sessions and runs the
 * engine's effects ({@link org.nurture.conversation.ConversationService}). Channels hand
 * it an {@link org.nurture.conversation.InboundMessage} and get
 * {@link org.nurture.conversation.Reply}s back; it knows nothing of Twilio, Telegram or
 * HTTP.
 */
@ApplicationModule(allowedDependencies = { "contact", "educator", "subscription", "system", "text" })
package org.nurture.conversation;

import org.springframework.modulith.ApplicationModule;
