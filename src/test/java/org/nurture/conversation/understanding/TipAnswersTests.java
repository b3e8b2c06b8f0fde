package org.nurture.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.nurture.text.TextFolding;

/** The answers daily tips ask for: birth or due dates, tip times, numbers of days. */
class TipAnswersTests {

	/** Monday June 15, 2026. */
	static final LocalDate TODAY = LocalDate.parse("2026-06-15");

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			born march 3                 | born | 2026-03-03
			3/3/26                       | born | 2026-03-03
			she's 6 weeks                | born | 2026-05-04
			tiene 2 meses                | born | 2026-04-15
			nació el 1 de mayo           | born | 2026-05-01
			newborn                      | born | 2026-06-15
			born 3/3/23                  | born | 2023-03-03
			due in october               | due  | 2026-10-15
			due in late october          | due  | 2026-10-25
			due 9/20                     | due  | 2026-09-20
			due 6/1                      | due  | 2026-06-01
			due 5/1                      | due  | 2027-05-01
			due in 6 weeks               | due  | 2026-07-27
			I'm 30 weeks pregnant        | due  | 2026-08-24
			estoy embarazada de 7 meses  | due  | 2026-08-21
			nace el 20 de octubre        | due  | 2026-10-20
			9/20/26                      | due  | 2026-09-20
			I may be due in june         | due  | 2026-06-15
			""")
	void aBirthOrADueDate(String said, String kind, String date) {
		Optional<BabyDate> read = TipAnswers.babyDate(TextFolding.fold(said), TODAY);
		assertThat(read).contains(new BabyDate(kind.equals("due"), LocalDate.parse(date)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			whenever
			6
			not sure
			""")
	void noDate(String said) {
		assertThat(TipAnswers.babyDate(TextFolding.fold(said), TODAY)).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			7am               | 07:00
			mornings          | 09:00
			after lunch       | 13:00
			7:30pm            | 19:30
			a las 8           | 08:00
			at 6              | 18:00
			8:30              | 08:30
			9 de la noche     | 21:00
			en las mañanas    | 09:00
			""")
	void aTimeForATip(String said, String time) {
		assertThat(TipAnswers.time(TextFolding.fold(said))).contains(LocalTime.parse(time));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			3          | 3
			3 days     | 3
			2 weeks    | 14
			un mes     | 30
			cinco dias | 5
			""")
	void days(String said, int days) {
		assertThat(TipAnswers.days(TextFolding.fold(said))).contains(days);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			yesterday           | 2026-06-14
			hoy                 | 2026-06-15
			born 3 days ago     | 2026-06-12
			june 2              | 2026-06-02
			""")
	void aBirthDate(String said, String date) {
		assertThat(TipAnswers.birthDate(TextFolding.fold(said), TODAY)).contains(LocalDate.parse(date));
	}

}
