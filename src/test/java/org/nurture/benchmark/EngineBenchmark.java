package org.nurture.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.nurture.contact.Channel;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.conversation.engine.Decision;
import org.nurture.conversation.engine.EngineSettings;
import org.nurture.conversation.engine.Session;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.load.TrafficScripts;

/**
 * The engine alone with the full content: messages decided per second on one thread (one
 * core). Each operation is one realistic message, in a conversation that carries on, so
 * flows, follow-ups and sessions are all exercised. {@link #decide} walks a short fixed
 * list; {@link #decideTraffic} walks the load harness's traffic (every golden
 * conversation and accuracy message, see {@link TrafficScripts}) across many contacts,
 * which is the figure to watch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {

	static final List<String> MESSAGES = List.of("hi", "2", "3 months", "yes", "wat oil shud i use on my 3 wk old",
			"back", "Next", "how long should a massage last", "hola", "q aceite puedo usar",
			"mi bebe llora mucho en la noche", "is it ok to massage after shots",
			"my baby has a rash on her legs can i still massage", "thank you!!", "how do I stop my baby crying",
			"what are the benefits", "can you order me a pizza",
			"hi so my daughter is 5 weeks and she screams every evening from 6 to 9 and nothing works, would massage help",
			"menu", "1", "STOP", "START", "is there a class near me", "02139", "bedtime routine ideas pls", "7pm");

	/**
	 * As many contacts as the load harness uses by default, each with a session that
	 * carries on.
	 */
	static final int CONTACTS = 2_000;

	ConversationEngine engine;

	Session session;

	Instant now;

	int next;

	List<List<String>> scripts;

	Session[] sessions;

	String[] phones;

	long sent;

	@Setup
	public void load() {
		Content content = new ContentLoader().load(Path.of("conversations"));
		engine = new ConversationEngine(content, Understanding.of(content),
				new EngineSettings(Duration.ofMinutes(60), ZoneId.of("America/Chicago")));
		session = engine.newSession();
		now = Instant.parse("2026-06-15T19:00:00Z");
		scripts = TrafficScripts.load(Path.of("conversations"));
		sessions = new Session[CONTACTS];
		phones = new String[CONTACTS];
		for (int contact = 0; contact < CONTACTS; contact++) {
			sessions[contact] = engine.newSession();
			phones[contact] = String.format("+1555%07d", contact);
		}
	}

	@Benchmark
	public Decision decide() {
		String text = MESSAGES.get(next);
		next = (next + 1) % MESSAGES.size();
		now = now.plusSeconds(20);
		Decision decision = engine.decide(session, new InboundMessage(Channel.SMS, "+15555550100", text, now, null));
		session = next == 0 ? engine.newSession() : decision.session();
		return decision;
	}

	/**
	 * Contacts take turns, each saying the next message of its script, as the load
	 * harness sends them.
	 */
	@Benchmark
	public Decision decideTraffic() {
		long n = sent++;
		int contact = (int) (n % CONTACTS);
		List<String> script = scripts.get(contact % scripts.size());
		String text = script.get((int) ((n / CONTACTS) % script.size()));
		now = now.plusMillis(1);
		Decision decision = engine.decide(sessions[contact],
				new InboundMessage(Channel.SMS, phones[contact], text, now, null));
		sessions[contact] = decision.session();
		return decision;
	}

}
