package org.nurture.benchmark;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;

/**
 * The parts of understanding one message goes through, each alone, in microseconds per
 * message over the same messages as {@link EngineBenchmark}: where the engine's time
 * goes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnderstandingBenchmark {

	Understanding understanding;

	Utterance[] utterances;

	int next;

	@Setup
	public void load() {
		Content content = new ContentLoader().load(Path.of("conversations"));
		understanding = Understanding.of(content);
		utterances = EngineBenchmark.MESSAGES.stream().map(understanding::read).toArray(Utterance[]::new);
	}

	@Benchmark
	public Utterance read() {
		next = (next + 1) % EngineBenchmark.MESSAGES.size();
		return understanding.read(EngineBenchmark.MESSAGES.get(next));
	}

	@Benchmark
	public Object safety() {
		next = (next + 1) % utterances.length;
		return understanding.safety(utterances[next], Language.EN);
	}

	@Benchmark
	public Object topics() {
		next = (next + 1) % EngineBenchmark.MESSAGES.size();
		return understanding.topics(understanding.read(EngineBenchmark.MESSAGES.get(next)), Language.EN);
	}

}
