package org.nurture.conversation.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

/**
 * Checks content files against the JSON Schemas of {@code conversations/schema/}, which
 * the build copies onto the classpath as {@code content-schema/} (so a packaged jar
 * checks its content the same way an author's editor does).
 */
final class SchemaCheck {

	static final String CLASSPATH_FOLDER = "content-schema/";

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final Map<ContentSchema, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

	private SchemaCheck() {
	}

	/**
	 * What in {@code root} does not follow {@code schema}, as problems in {@code file}.
	 */
	static List<ContentProblem> check(String file, YamlNode root, ContentSchema schema) {
		return SCHEMAS.computeIfAbsent(schema, SchemaCheck::load)
			.validate(JsonTree.of(root))
			.stream()
			.map(message -> SchemaProblems.problem(file, root, message))
			.toList();
	}

	/**
	 * The schema document at {@code iri} (such as
	 * {@code classpath:content-schema/common.schema.json}).
	 */
	static JsonNode document(String iri) {
		return DOCUMENTS.computeIfAbsent(iri, SchemaCheck::read);
	}

	private static JsonSchema load(ContentSchema schema) {
		return FACTORY.getSchema(SchemaLocation.of("classpath:" + CLASSPATH_FOLDER + schema.fileName()));
	}

	private static JsonNode read(String iri) {
		String resource = iri.substring(iri.indexOf(':') + 1);
		try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No content schema " + resource + " on the classpath");
			}
			return new ObjectMapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
