package org.nurture.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.engine.Session;
import org.nurture.conversation.engine.TipsAsked;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;
import tools.jackson.databind.json.JsonMapper;

class SessionCodecTests {

	final SessionCodec codec = new SessionCodec(JsonMapper.builder().build());

	@Test
	void aSessionWithASubscriptionReadsBackTheSame() {
		Subscription tips = Subscription
			.expecting(LocalDate.parse("2026-09-20"), ZoneId.of("America/Phoenix"), LocalTime.of(8, 0),
					Cadence.THREE_A_WEEK, "es")
			.pausedUntil(LocalDate.parse("2026-06-22"));
		Session session = new Session(Language.ES, true, "tips", "confirm-daily", Map.of("cadence", "daily"),
				List.of(new Target.Answer("oils"), new Target.Flow("tips"), new Target.Step("ask-time")), null, true,
				true, false, Instant.parse("2026-06-15T19:00:00Z"), tips, TipsAsked.BORN);

		assertThat(codec.read(codec.write(session))).isEqualTo(session);
	}

	@Test
	void anEndedSubscriptionReadsBackTheSame() {
		Subscription ended = Subscription
			.born(LocalDate.parse("2026-03-03"), ZoneId.of("America/Chicago"), LocalTime.of(19, 30), Cadence.DAILY,
					"en")
			.ended(Subscription.EndReason.LOSS);
		Session session = Session.start(Language.EN);
		session = new Session(session.language(), false, null, null, Map.of(), List.of(), null, false, false, true,
				null, ended, null);

		assertThat(codec.read(codec.write(session))).isEqualTo(session);
	}

	@Test
	void aSessionStoredBeforeDailyTipsStillReads() {
		String before = "{\"language\":\"es\",\"languageKnown\":true,\"flowId\":\"bedtime\",\"stepId\":\"ask-time\","
				+ "\"slots\":{},\"offered\":[\"answer:oils\"],\"confirming\":null,\"stepInterrupted\":false,"
				+ "\"disclaimerShown\":true,\"optedOut\":false,\"lastActivity\":\"2026-06-15T19:00:00Z\"}";

		Session session = codec.read(before);

		assertThat(session.language()).isEqualTo(Language.ES);
		assertThat(session.stepId()).isEqualTo("ask-time");
		assertThat(session.offered()).containsExactly(new Target.Answer("oils"));
		assertThat(session.subscription()).isNull();
		assertThat(session.tipsAsked()).isNull();
	}

}
