package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EducatorDirectoryTests {

	static final String HEADER = "id,name,credential,phone,email,website,city,state,zip,languages,offers\n";

	static final String ALEX = "a-1,Alex Example,CEIM,617-555-0101,,,Cambridge,MA,02139,en,group\n";

	static final String ROSA = "a-2,Rosa Muestra,CEIM,617-555-0102,,,Boston,MA,02118,es;en,group\n";

	final Clock clock = Clock.fixed(Instant.parse("2026-06-15T19:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path folder;

	@Test
	void loadsTheFileAtStartup() throws IOException {
		Path file = write(HEADER + ALEX);
		EducatorDirectory directory = new EducatorDirectory(file, Gazetteer.shared(), 50, clock);
		assertThat(directory.status().ok()).isTrue();
		assertThat(directory.status().educators()).isEqualTo(1);
		assertThat(directory.status().loadedAt()).isEqualTo(clock.instant());
		assertThat(directory.nearest(place("02139"), "en", 0).educatorIds()).containsExactly("a-1");
	}

	@Test
	void reloadsWhenTheFileChanges() throws IOException {
		Path file = write(HEADER + ALEX);
		EducatorDirectory directory = new EducatorDirectory(file, Gazetteer.shared(), 50, clock);
		assertThat(directory.reloadIfChanged()).as("unchanged").isFalse();
		Files.writeString(file, HEADER + ALEX + ROSA);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(directory.reloadIfChanged()).isTrue();
		assertThat(directory.nearest(place("02139"), "es", 0).educatorIds()).containsExactly("a-2", "a-1");
	}

	@Test
	void aBrokenFileKeepsTheLastGoodDirectoryAndSaysWhy() throws IOException {
		Path file = write(HEADER + ALEX);
		EducatorDirectory directory = new EducatorDirectory(file, Gazetteer.shared(), 50, clock);
		Files.writeString(file,
				HEADER + ALEX + "a-2,Rosa Muestra,CEIM,617-555-0102,,,Boston,Massachusetts,2118,es,group\n");
		DirectoryStatus status = directory.reload();
		String shownAs = file.toString();
		assertThat(status.problems())
			.containsExactly(shownAs + ":3 state: 'Massachusetts' is not a state code; write MA", shownAs
					+ ":3 zip: '2118' is not a five-digit ZIP code; write 5 digits, keeping leading zeros (02139); a spreadsheet may have dropped them");
		assertThat(status.educators()).isEqualTo(1);
		assertThat(directory.current().size()).isEqualTo(1);
		assertThat(directory.nearest(place("02139"), "en", 0).educatorIds()).containsExactly("a-1");
		Files.writeString(file, HEADER + ALEX + ROSA);
		assertThat(directory.reload().ok()).isTrue();
		assertThat(directory.current().size()).isEqualTo(2);
	}

	@Test
	void aMissingFileLeavesAnEmptyDirectoryAndSaysSo() {
		Path missing = folder.resolve("educators.csv");
		EducatorDirectory directory = new EducatorDirectory(missing, Gazetteer.shared(), 50, clock);
		assertThat(directory.status().problems()).containsExactly(
				missing + ":1 file: the file is missing;" + " create it (see docs/educators.md) or set EDUCATORS_FILE");
		assertThat(directory.status().loadedAt()).isNull();
		assertThat(directory.nearest(place("02139"), "en", 0).matches()).isEmpty();
	}

	@Test
	void aFileThatAppearsLaterIsPickedUp() throws IOException {
		Path file = folder.resolve("educators.csv");
		EducatorDirectory directory = new EducatorDirectory(file, Gazetteer.shared(), 50, clock);
		Files.writeString(file, HEADER + ALEX);
		assertThat(directory.reloadIfChanged()).isTrue();
		assertThat(directory.status().ok()).isTrue();
		assertThat(directory.current().size()).isEqualTo(1);
	}

	private Path write(String csv) throws IOException {
		return Files.writeString(folder.resolve("educators.csv"), csv);
	}

	private static Place place(String zip) {
		return Gazetteer.shared().zip(zip).orElseThrow();
	}

}
