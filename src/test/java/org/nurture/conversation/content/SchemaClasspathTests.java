package org.nurture.conversation.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaClasspathTests {

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void theBuildPutsEveryContentSchemaOnTheClasspath() {
		for (ContentSchema schema : new ContentSchema[] { ContentSchema.SETTINGS, ContentSchema.LEXICON,
				ContentSchema.SAFETY, ContentSchema.ANSWERS, ContentSchema.FLOWS, ContentSchema.TIPS }) {
			assertThat(classLoader.getResource(SchemaCheck.CLASSPATH_FOLDER + schema.fileName())).as(schema.fileName())
				.isNotNull();
		}
		assertThat(classLoader.getResource(SchemaCheck.CLASSPATH_FOLDER + "common.schema.json")).isNotNull();
	}

	@Test
	void noClasspathFolderShadowsTheContentFolder() {
		assertThat(classLoader.getResource("conversations")).isNull();
	}

}
