package org.nurture.channel.telegram;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Telegram updates as the Bot API sends them (field names and shapes from real payloads).
 */
final class TelegramUpdates {

	private static final AtomicInteger NEXT_UPDATE_ID = new AtomicInteger(500_000_000);

	private static final AtomicInteger NEXT_CHAT = new AtomicInteger(700_000_000);

	private TelegramUpdates() {
	}

	static int nextUpdateId() {
		return NEXT_UPDATE_ID.incrementAndGet();
	}

	/** A new parent's private chat id (for a private chat, the same as their user id). */
	static long newChat() {
		return NEXT_CHAT.incrementAndGet();
	}

	static String text(int updateId, long chat, String text) {
		String entities = text.startsWith("/") ? ",\"entities\":[{\"offset\":0,\"length\":"
				+ text.split(" ")[0].length() + ",\"type\":\"bot_command\"}]" : "";
		return message(updateId, chat, "private", "\"text\":" + quote(text) + entities);
	}

	static String location(int updateId, long chat, double latitude, double longitude) {
		return message(updateId, chat, "private",
				"\"location\":{\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}");
	}

	static String sticker(int updateId, long chat) {
		return message(updateId, chat, "private",
				"\"sticker\":{\"file_id\":\"CAACAgIAAxkBAAEBX2Vl\","
						+ "\"file_unique_id\":\"AgADbQADr8ZRGg\",\"type\":\"regular\",\"width\":512,\"height\":512,"
						+ "\"is_animated\":false,\"is_video\":false,\"emoji\":\"\\uD83D\\uDC76\"}");
	}

	static String photo(int updateId, long chat, String caption) {
		return message(updateId, chat, "private",
				"\"photo\":[{\"file_id\":\"AgACAgIAAxkBAAIBZ2\","
						+ "\"file_unique_id\":\"AQADb8YxG\",\"file_size\":1289,\"width\":90,\"height\":67}]"
						+ (caption == null ? "" : ",\"caption\":" + quote(caption)));
	}

	static String voice(int updateId, long chat) {
		return message(updateId, chat, "private", "\"voice\":{\"duration\":2,\"mime_type\":\"audio/ogg\","
				+ "\"file_id\":\"AwACAgIAAxkBAAIBaG\",\"file_unique_id\":\"AgADqQ8AAj\",\"file_size\":8290}");
	}

	static String groupText(int updateId, long group, String text) {
		return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":12,\"from\":" + user(group * -1)
				+ ",\"chat\":{\"id\":" + group + ",\"title\":\"Parents of May\",\"type\":\"group\","
				+ "\"all_members_are_administrators\":true},\"date\":1780322400,\"text\":" + quote(text) + "}}";
	}

	static String edited(int updateId, long chat, String text) {
		return "{\"update_id\":" + updateId + ",\"edited_message\":{\"message_id\":7,\"from\":" + user(chat)
				+ ",\"chat\":" + privateChat(chat) + ",\"date\":1780322400,\"edit_date\":1780322460,\"text\":"
				+ quote(text) + "}}";
	}

	static String buttonPressed(int updateId, long chat, String data) {
		return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"" + (4382000000000000000L + updateId)
				+ "\",\"from\":" + user(chat) + ",\"message\":{\"message_id\":99,\"from\":{\"id\":123456789,"
				+ "\"is_bot\":true,\"first_name\":\"Nurture\",\"username\":\"NurtureBot\"},\"chat\":"
				+ privateChat(chat) + ",\"date\":1780322400,\"text\":\"Pick one\",\"reply_markup\":{"
				+ "\"inline_keyboard\":[[{\"text\":" + quote(data) + ",\"callback_data\":" + quote(data) + "}]]}},"
				+ "\"chat_instance\":\"-8897312736510912345\",\"data\":" + quote(data) + "}}";
	}

	/**
	 * {@code status} is {@code kicked} when the parent blocks the bot, {@code member}
	 * when they unblock it.
	 */
	static String myChatMember(int updateId, long chat, String oldStatus, String newStatus) {
		String bot = "{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Nurture\",\"username\":\"NurtureBot\"}";
		return "{\"update_id\":" + updateId + ",\"my_chat_member\":{\"chat\":" + privateChat(chat) + ",\"from\":"
				+ user(chat) + ",\"date\":1780322400,\"old_chat_member\":{\"user\":" + bot + ",\"status\":\""
				+ oldStatus + "\"},\"new_chat_member\":{\"user\":" + bot + ",\"status\":\"" + newStatus + "\""
				+ ("kicked".equals(newStatus) ? ",\"until_date\":0" : "") + "}}}";
	}

	private static String message(int updateId, long chat, String type, String content) {
		return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100000) + ",\"from\":"
				+ user(chat) + ",\"chat\":" + privateChat(chat) + ",\"date\":1780322400," + content + "}}";
	}

	private static String user(long id) {
		return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Ana\",\"language_code\":\"en\"}";
	}

	private static String privateChat(long chat) {
		return "{\"id\":" + chat + ",\"first_name\":\"Ana\",\"type\":\"private\"}";
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
