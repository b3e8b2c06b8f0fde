package org.nurture.educator;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Looks at the directory file every so often and reloads it when it changed. Polling
 * (rather than a file-system watch) also sees files on mounted volumes and ConfigMaps,
 * which do not always send change events.
 */
final class DirectoryWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DirectoryWatcher.class);

	private final Disposable polling;

	DirectoryWatcher(EducatorDirectory directory, Duration every) {
		this.polling = Flux.interval(every, every, Schedulers.boundedElastic())
			.onBackpressureDrop()
			.concatMap(tick -> Mono.fromCallable(directory::reloadIfChanged).onErrorResume(failure -> {
				log.warn("Could not check the educators directory for changes", failure);
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void close() {
		polling.dispose();
	}

}
