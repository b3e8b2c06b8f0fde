package org.nurture.conversation.understanding;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The remembered results of a pure function, for look-ups made many times per message
 * (the term of a word unknown to a language, a content phrase as read). A cache with an
 * eviction policy costs more per look-up than the map itself, and buys nothing here: a
 * forgotten result is only worked out again, the same. So the memo is bounded the
 * simplest way, by forgetting everything when full, which takes many thousands of
 * distinct keys. Safe to share.
 */
final class Memo<K, V> {

	private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

	private final int limit;

	private final Function<K, V> compute;

	/**
	 * @param compute a pure function that never returns null
	 */
	Memo(int limit, Function<K, V> compute) {
		this.limit = limit;
		this.compute = compute;
	}

	V get(K key) {
		V value = values.get(key);
		if (value != null) {
			return value;
		}
		if (values.size() >= limit) {
			values.clear();
		}
		value = compute.apply(key);
		values.put(key, value);
		return value;
	}

}
