package org.nurture.educator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory in use, read from its CSV file and reloaded when the file changes or an
 * admin asks. A file with problems never replaces a good directory: the problems are
 * logged and shown by the health endpoint, and the last good directory stays in use.
 */
public final class EducatorDirectory implements EducatorSearch {

	private static final Logger log = LoggerFactory.getLogger(EducatorDirectory.class);

	private final Path file;

	private final String shownAs;

	private final Gazetteer gazetteer;

	private final double radiusMiles;

	private final Clock clock;

	private volatile Directory current = Directory.empty();

	private volatile DirectoryStatus status;

	private volatile FileTime seenModified;

	private volatile long seenSize = -1;

	public EducatorDirectory(Path file, Gazetteer gazetteer, double radiusMiles, Clock clock) {
		this.file = file;
		this.shownAs = file.toString().replace('\\', '/');
		this.gazetteer = gazetteer;
		this.radiusMiles = radiusMiles;
		this.clock = clock;
		this.status = new DirectoryStatus(shownAs, 0, 0, null, null, List.of());
		reload();
	}

	@Override
	public Referral nearest(Place place, String language, int offset) {
		return current.nearest(place, language, offset, PAGE, radiusMiles);
	}

	public Directory current() {
		return current;
	}

	public DirectoryStatus status() {
		return status;
	}

	/**
	 * Reads the file again (blocking I/O: call it off the event loop) and uses it if it
	 * has no problems.
	 */
	public synchronized DirectoryStatus reload() {
		FileTime modified = null;
		long size = -1;
		List<String> problems;
		List<Educator> educators = List.of();
		try {
			modified = Files.getLastModifiedTime(file);
			size = Files.size(file);
			DirectoryCsv.Result result = DirectoryCsv.read(shownAs, Files.readString(file, StandardCharsets.UTF_8),
					gazetteer);
			problems = result.problems();
			educators = result.educators();
		}
		catch (NoSuchFileException ex) {
			problems = List
				.of(shownAs + ":1 file: the file is missing; create it (see docs/educators.md) or set EDUCATORS_FILE");
		}
		catch (IOException | RuntimeException ex) {
			problems = List.of(shownAs + ":1 file: it cannot be read (" + ex.getMessage()
					+ "); check the file and its permissions");
		}
		seenModified = modified;
		seenSize = size;
		DirectoryStatus previous = status;
		if (problems.isEmpty()) {
			current = new Directory(educators);
			int sample = (int) educators.stream().filter(Educator::sample).count();
			status = new DirectoryStatus(shownAs, educators.size(), sample, clock.instant(), clock.instant(),
					List.of());
			log.info("Educators directory {} loaded: {} educators ({} sample)", shownAs, educators.size(), sample);
			if (sample > 0) {
				log.warn("The educators directory {} holds {} fictional sample educators; replies say so. Load the"
						+ " organization's directory to refer parents to real educators (see docs/educators.md)",
						shownAs, sample);
			}
		}
		else {
			status = new DirectoryStatus(shownAs, previous.educators(), previous.sample(), previous.loadedAt(),
					clock.instant(), problems);
			log.warn("Educators directory {} has problems; {}:\n  {}", shownAs,
					previous.loadedAt() == null ? "no directory is in use" : "the last good one stays in use",
					String.join("\n  ", problems));
		}
		return status;
	}

	/**
	 * Reloads when the file's time or size changed since the last read; true if it did.
	 */
	public boolean reloadIfChanged() {
		FileTime modified;
		long size;
		try {
			modified = Files.getLastModifiedTime(file);
			size = Files.size(file);
		}
		catch (IOException ex) {
			modified = null;
			size = -1;
		}
		if (Objects.equals(modified, seenModified) && size == seenSize) {
			return false;
		}
		reload();
		return true;
	}

}
