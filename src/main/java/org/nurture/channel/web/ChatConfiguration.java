package org.nurture.channel.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.nurture.channel.EndpointGuard;

@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	/** GET, PUT, ... on the chat API: 405 with {@code Allow: POST} and a JSON error. */
	@Bean
	EndpointGuard chatGuard() {
		return new EndpointGuard(ChatController.PATH, true);
	}

}
