package org.nurture.conversation.content;

/**
 * A content file that passed the structural check.
 *
 * @param name the file, relative to the content folder, such as {@code answers/oils.yml}
 * @param root what it holds
 */
public record ContentFile(String name, YamlNode root) {
}
