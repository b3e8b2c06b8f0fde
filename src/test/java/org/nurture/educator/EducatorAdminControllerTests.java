package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EducatorAdminControllerTests {

	@Test
	void withoutAnAdminTokenTheEndpointsDoNotExist() {
		EducatorDirectory directory = new EducatorDirectory(Path.of("config/educators.csv"), Gazetteer.shared(), 50,
				Clock.systemUTC());
		EducatorAdminController controller = new EducatorAdminController(directory, "");
		assertThat(controller.status("Bearer ").block().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(controller.reload("Bearer anything").block().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
