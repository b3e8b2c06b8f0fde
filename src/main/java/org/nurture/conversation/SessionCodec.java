package org.nurture.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.engine.Session;
import org.nurture.conversation.engine.TipsAsked;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes a session as JSON for the database and reads it back. */
final class SessionCodec {

	/**
	 * Bound to the document's type once, so that each message's session skips looking up
	 * how to write it.
	 */
	private final ObjectWriter writer;

	private final ObjectReader reader;

	SessionCodec(JsonMapper json) {
		this.writer = json.writerFor(Document.class);
		this.reader = json.readerFor(Document.class);
	}

	String write(Session session) {
		List<String> offered = new ArrayList<>(session.offered().size());
		for (Target target : session.offered()) {
			offered.add(encode(target));
		}
		return writer.writeValueAsString(new Document(session.language().code(), session.languageKnown(),
				session.flowId(), session.stepId(), session.slots(), offered, session.confirming(),
				session.stepInterrupted(), session.disclaimerShown(), session.optedOut(), session.lastActivity(),
				Tips.of(session.subscription()), session.tipsAsked() == null ? null : session.tipsAsked().name()));
	}

	Session read(String text) {
		Document document = reader.readValue(text);
		List<Target> offered = new ArrayList<>();
		for (String target : document.offered() == null ? List.<String>of() : document.offered()) {
			offered.add(decode(target));
		}
		return new Session(Language.fromCode(document.language()).orElse(Language.EN), document.languageKnown(),
				document.flowId(), document.stepId(), document.slots() == null ? Map.of() : document.slots(), offered,
				document.confirming(), document.stepInterrupted(), document.disclaimerShown(), document.optedOut(),
				document.lastActivity(), document.tips() == null ? null : document.tips().subscription(),
				asked(document.tipsAsked()));
	}

	private static TipsAsked asked(String name) {
		if (name == null) {
			return null;
		}
		for (TipsAsked asked : TipsAsked.values()) {
			if (asked.name().equals(name)) {
				return asked;
			}
		}
		return null;
	}

	private static String encode(Target target) {
		if (target instanceof Target.Answer answer) {
			return "answer:" + answer.answerId();
		}
		if (target instanceof Target.Flow flow) {
			return "flow:" + flow.flowId();
		}
		return "step:" + ((Target.Step) target).stepId();
	}

	private static Target decode(String text) {
		int colon = text.indexOf(':');
		String id = text.substring(colon + 1);
		return switch (text.substring(0, colon)) {
			case "answer" -> new Target.Answer(id);
			case "flow" -> new Target.Flow(id);
			default -> new Target.Step(id);
		};
	}

	/**
	 * The stored form; field names are the JSON's, so renaming one needs a migration of
	 * stored sessions. A field added later is null (or false) in a session stored before.
	 */
	record Document(String language, boolean languageKnown, String flowId, String stepId, Map<String, String> slots,
			List<String> offered, String confirming, boolean stepInterrupted, boolean disclaimerShown, boolean optedOut,
			Instant lastActivity, Tips tips, String tipsAsked) {
	}

	/**
	 * A daily-tips subscription as stored with the session: dates, times and zones as ISO
	 * text, enums by name.
	 */
	record Tips(String status, LocalDate birthDate, LocalDate dueDate, String zone, LocalTime sendTime, String cadence,
			String language, LocalDate pausedUntil, String endReason) {

		static Tips of(Subscription subscription) {
			if (subscription == null) {
				return null;
			}
			return new Tips(subscription.status().name(), subscription.birthDate(), subscription.dueDate(),
					subscription.zone().getId(), subscription.sendTime(), subscription.cadence().name(),
					subscription.language(), subscription.pausedUntil(),
					subscription.endReason() == null ? null : subscription.endReason().name());
		}

		Subscription subscription() {
			return new Subscription(Subscription.Status.valueOf(status), birthDate, dueDate, ZoneId.of(zone), sendTime,
					Cadence.valueOf(cadence), language, pausedUntil,
					endReason == null ? null : Subscription.EndReason.valueOf(endReason));
		}
	}

}
