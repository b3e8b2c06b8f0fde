package org.nurture.conversation.understanding;

import java.util.Set;

import org.nurture.conversation.content.Language;

/**
 * Words that carry no topic in a question ("the", "my", "el", "mi"). Question words and negations are not here on
 * purpose: "when not to massage" and "how to massage" are different questions.
 */
final class Stopwords {

	private static final Set<String> ENGLISH = Set.of("a", "an", "the", "i", "im", "ive", "id", "ill", "me", "my",
			"mine", "myself", "we", "our", "us", "you", "your", "yours", "youre", "he", "him", "his", "hes", "she",
			"her", "hers", "shes", "it", "its", "they", "them", "their", "theyre", "this", "that", "thats", "these",
			"those", "is", "am", "are", "was", "were", "been", "being", "do", "does", "did", "doing", "have",
			"has", "had", "having", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as", "into", "onto",
			"so", "and", "or", "but", "if", "then", "than", "too", "very", "just", "really", "also", "still", "even",
			"any", "some", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "please",
			"there", "here", "um", "uh", "oh", "hmm", "well", "like", "lil", "little", "quick", "question", "q",
			"anyone", "someone", "one", "ones", "thing", "things", "kind", "sort", "bit", "lot", "lots", "much",
			"many", "know", "wondering", "wonder", "think", "tell", "ask", "asking", "guys", "hun", "ok", "okay",
			"now", "right", "yeah", "get", "got", "go", "going", "gonna", "want", "wanted", "need", "needs");

	private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "lo", "un", "una", "unos", "unas",
			"y", "e", "o", "u", "pero", "de", "del", "a", "al", "en", "con", "por", "para", "que", "es", "son",
			"soy", "eres", "fue", "era", "yo", "me", "mi", "mis", "tu", "tus", "te", "ti", "su", "sus", "se", "le",
			"les", "nos", "nuestro", "nuestra", "este", "esta", "estos", "estas", "ese", "esa", "eso", "esto", "muy",
			"mas", "ya", "tambien", "hay", "he", "ha", "han", "has", "hemos", "estoy", "estan", "estar",
			"tengo", "tiene", "tienen", "pues", "bueno", "oye", "favor", "porfavor", "pregunta", "duda", "algo",
			"alguien", "alguna", "alguno", "algun", "mucho", "mucha", "muchos", "muchas", "poco", "saber",
			"quisiera", "quiero", "queria", "necesito", "puedo", "puede", "pueden", "podria", "debo", "debe",
			"ahora", "asi", "entonces", "ok", "okay", "va", "voy", "hacer", "hago", "hace", "tan", "mismo",
			"misma", "si");

	/**
	 * Greetings and thanks that open or close a message: "hi, what oil should I use?" is a question about oil. Only
	 * a message made of nothing else is a greeting or a thank-you.
	 */
	private static final Set<String> ENGLISH_PLEASANTRIES = Set.of("hi", "hello", "hey", "hiya", "heya", "howdy",
			"helo", "good morning", "good afternoon", "good evening", "morning", "thanks", "thank you", "thx", "ty",
			"thank u", "thanks so much", "thank you so much", "ok", "okay", "so", "um", "also", "sorry", "excuse me",
			"hi there", "hey there", "hello there", "dear", "thanks for everything", "thank you for everything",
			"thanks for your help", "thank you for your help", "thanks a lot");

	private static final Set<String> SPANISH_PLEASANTRIES = Set.of("hola", "buenas", "buenos dias", "buenas tardes",
			"buenas noches", "buen dia", "gracias", "muchas gracias", "mil gracias", "oye", "disculpa", "disculpe",
			"perdon", "ok", "bueno", "pues", "saludos", "hola hola", "que tal", "gracias por todo",
			"gracias por tu ayuda", "gracias por la ayuda", "muchas gracias por todo", "que onda", "que pedo", "oiga");

	private Stopwords() {
	}

	static Set<String> pleasantries(Language language) {
		return language == Language.ES ? SPANISH_PLEASANTRIES : ENGLISH_PLEASANTRIES;
	}

	static Set<String> of(Language language) {
		return language == Language.ES ? SPANISH : ENGLISH;
	}
}
