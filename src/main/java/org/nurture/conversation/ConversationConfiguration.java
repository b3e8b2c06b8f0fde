package org.nurture.conversation;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import io.micrometer.core.instrument.MeterRegistry;
import org.nurture.contact.Contacts;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.conversation.engine.EngineSettings;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.educator.EducatorSearch;
import org.nurture.educator.ReferralLog;
import org.nurture.subscription.Subscriptions;
import org.nurture.subscription.TipCatalog;
import org.nurture.system.GroupCommit;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	/**
	 * The content in {@code nurture.content.location}, validated; a broken file stops
	 * startup with its problems.
	 */
	@Bean
	Content content(@Value("${nurture.content.location}") String location) {
		return new ContentLoader().load(Path.of(location));
	}

	/** The daily tips, for the subscription module's scheduler. */
	@Bean
	TipCatalog tipCatalog(Content content) {
		return content.tips();
	}

	@Bean
	Understanding understanding(Content content) {
		return Understanding.of(content);
	}

	@Bean
	ConversationEngine conversationEngine(Content content, Understanding understanding,
			ConversationProperties properties, EducatorSearch educators) {
		return new ConversationEngine(content, understanding,
				new EngineSettings(properties.sessionIdle(), properties.timeZone()), educators);
	}

	@Bean
	ConversationService conversationService(ConversationEngine engine, Contacts contacts, DatabaseClient database,
			JsonMapper json, GroupCommit writes, ConversationProperties properties, MeterRegistry meters,
			ReferralLog referrals, Subscriptions subscriptions) {
		return new ConversationService(engine, contacts,
				new SessionStore(database, new SessionCodec(json), properties.sessionCacheSize()),
				new UnansweredQuestions(database), referrals, subscriptions, writes, meters);
	}

}
