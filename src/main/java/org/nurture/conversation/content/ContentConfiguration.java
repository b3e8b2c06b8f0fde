package org.nurture.conversation.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the content at startup; broken content stops the application with the list of problems (see
 * {@link ContentFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
class ContentConfiguration {

	@Bean
	Content content(ContentProperties properties) {
		return new ContentLoader().load(properties.location());
	}
}
