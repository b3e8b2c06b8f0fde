package org.nurture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules (the packages right under {@code org.nurture}) depend on each other in one
 * direction only, each on no more than its {@code package-info.java} allows, and only on
 * what another module exposes (its top-level package, or a named interface such as
 * {@code conversation :: content}). A new cycle or a reach into another module's inside
 * fails the build here.
 */
class ModuleStructureTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(NurtureApplication.class);

	@Test
	void modulesDependOnEachOtherInOneDirectionOnly() {
		MODULES.verify();
	}

	@Test
	void everyTopLevelPackageIsAModule() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"channel", "contact", "conversation", "educator", "subscription", "system", "text");
	}

}
