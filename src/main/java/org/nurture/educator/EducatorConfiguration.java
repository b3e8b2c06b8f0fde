package org.nurture.educator;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EducatorProperties.class)
class EducatorConfiguration {

	@Bean
	Gazetteer gazetteer() {
		return Gazetteer.shared();
	}

	/**
	 * The directory, read at startup; a missing or broken file leaves it empty and says
	 * why (health, admin, log).
	 */
	@Bean
	EducatorDirectory educatorDirectory(EducatorProperties properties, Gazetteer gazetteer, Clock clock) {
		return new EducatorDirectory(properties.file(), gazetteer, properties.radiusMiles(), clock);
	}

	@Bean(destroyMethod = "close")
	DirectoryWatcher directoryWatcher(EducatorDirectory directory, EducatorProperties properties) {
		return new DirectoryWatcher(directory, properties.checkEvery());
	}

	@Bean
	EducatorsHealthIndicator educatorsHealthIndicator(EducatorDirectory directory) {
		return new EducatorsHealthIndicator(directory);
	}

	@Bean
	ReferralLog referralLog(DatabaseClient database) {
		return new ReferralLog(database);
	}

}
