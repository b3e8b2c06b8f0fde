package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DirectoryTests {

	static final Gazetteer GAZETTEER = Gazetteer.shared();

	static final Place CAMBRIDGE = GAZETTEER.zip("02139").orElseThrow();

	static final Place AUSTIN = GAZETTEER.zip("78701").orElseThrow();

	@Test
	void findsTheNearestThreeWithinTheRadiusNearestFirst() {
		Directory directory = new Directory(List.of(educator("far", "10001", "en"), educator("near", "02139", "en"),
				educator("middle", "02118", "en"), educator("next", "02474", "en"), educator("fourth", "01701", "en")));
		Referral referral = directory.nearest(CAMBRIDGE, "en", 0, 3, 50);
		assertThat(referral.nearby()).isTrue();
		assertThat(referral.educatorIds()).containsExactly("near", "middle", "next");
		assertThat(referral.more()).isTrue();
		assertThat(referral.matches().get(0).miles()).isLessThan(1);
		assertThat(referral.matches()).isSortedAccordingTo((a, b) -> Double.compare(a.miles(), b.miles()));
	}

	@Test
	void theNextPageShowsTheRest() {
		Directory directory = new Directory(List.of(educator("a", "02139", "en"), educator("b", "02474", "en"),
				educator("c", "02118", "en"), educator("d", "01701", "en")));
		Referral second = directory.nearest(CAMBRIDGE, "en", 3, 3, 50);
		assertThat(second.educatorIds()).containsExactly("d");
		assertThat(second.offset()).isEqualTo(3);
		assertThat(second.more()).isFalse();
	}

	@Test
	void spanishSpeakersSeeSpanishSpeakingEducatorsFirst() {
		Directory directory = new Directory(List.of(educator("english-near", "78701", "en"),
				educator("spanish-farther", "78745", "es", "en"), educator("english-nearer", "78702", "en")));
		assertThat(directory.nearest(AUSTIN, "es", 0, 3, 50).educatorIds()).containsExactly("spanish-farther",
				"english-near", "english-nearer");
		assertThat(directory.nearest(AUSTIN, "en", 0, 3, 50).educatorIds().get(2)).isEqualTo("spanish-farther");
	}

	@Test
	void noneWithinReachGivesTheNearestWhoTeachOnline() {
		Directory directory = new Directory(List.of(educator("boston", "02118", "en"), online("online-denver", "80205"),
				online("online-miami", "33135"), online("online-seattle", "98103")));
		Referral referral = directory.nearest(AUSTIN, "en", 0, 2, 50);
		assertThat(referral.nearby()).isFalse();
		assertThat(referral.educatorIds()).containsExactly("online-denver", "online-miami");
		assertThat(referral.more()).isTrue();
	}

	@Test
	void anEducatorsOwnRadiusWidensOrNarrowsTheirReach() {
		Educator travels = new Educator("travels", "T", "CEIM", null, "t@example.org", null, "Worcester", "MA", "01608",
				GAZETTEER.zip("01608").orElseThrow().point(), List.of("en"), List.of(Offer.IN_HOME), 5.0, false);
		Educator farButWide = new Educator("wide", "W", "CEIM", null, "w@example.org", null, "Springfield", "MA",
				"01103", GAZETTEER.zip("01103").orElseThrow().point(), List.of("en"), List.of(Offer.GROUP), 100.0,
				false);
		Referral referral = new Directory(List.of(travels, farButWide)).nearest(CAMBRIDGE, "en", 0, 3, 50);
		assertThat(referral.educatorIds()).containsExactly("wide");
	}

	@Test
	void anEmptyDirectoryFindsNoOne() {
		Referral referral = Directory.empty().nearest(CAMBRIDGE, "en", 0, 3, 50);
		assertThat(referral.matches()).isEmpty();
		assertThat(referral.more()).isFalse();
	}

	@Test
	void aLargeDirectoryAgreesWithSortingEveryoneByDistance() {
		List<Educator> educators = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			GeoPoint point = new GeoPoint(42 + random.nextDouble() - 0.5, -71 + random.nextDouble() - 0.5);
			educators.add(new Educator("e" + i, "E" + i, "CEIM", null, "e@example.org", null, "X", "MA", "02139", point,
					List.of("en"), List.of(Offer.GROUP), null, false));
		}
		List<String> expected = educators.stream()
			.filter(educator -> educator.point().milesTo(CAMBRIDGE.point()) <= 50)
			.sorted((a, b) -> Double.compare(a.point().milesTo(CAMBRIDGE.point()),
					b.point().milesTo(CAMBRIDGE.point())))
			.limit(6)
			.map(Educator::id)
			.toList();
		Directory directory = new Directory(educators);
		List<String> found = new ArrayList<>(directory.nearest(CAMBRIDGE, "en", 0, 3, 50).educatorIds());
		found.addAll(directory.nearest(CAMBRIDGE, "en", 3, 3, 50).educatorIds());
		assertThat(found).isEqualTo(expected);
	}

	static Educator educator(String id, String zip, String... languages) {
		return new Educator(id, id, "CEIM", "617-555-0100", id + "@example.org", null, "City", "ST", zip,
				GAZETTEER.zip(zip).orElseThrow().point(), List.of(languages), List.of(Offer.GROUP), null, true);
	}

	static Educator online(String id, String zip) {
		return new Educator(id, id, "CEIM", null, id + "@example.org", null, "City", "ST", zip,
				GAZETTEER.zip(zip).orElseThrow().point(), List.of("en"), List.of(Offer.VIRTUAL), null, true);
	}

}
