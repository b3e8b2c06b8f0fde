package org.nurture.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.nurture.channel.MalformedRequests.Case;
import org.nurture.channel.sms.TwilioRequests;
import org.nurture.channel.telegram.BotApiResponses;

/**
 * Over 500 malformed requests (see {@link MalformedRequests}) against the real server
 * with every channel on: each gets one of its documented statuses, never a 5xx, and the
 * log shows no ERROR. Requests go over a raw socket, as an attacker's would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
				"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL,
				"nurture.telegram.bot-token=" + BotApiResponses.TOKEN,
				"nurture.telegram.webhook-secret=" + MalformedRequests.TELEGRAM_SECRET,
				"nurture.telegram.public-base-url=https://nurture.example.org/",
				"spring.r2dbc.url=r2dbc:h2:mem:///malformed-requests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:malformed-requests;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTests {

	static final WireMockServer telegram = BotApiResponses.startedForWebhooks();

	private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.telegram.api-base-url", telegram::baseUrl);
	}

	@AfterAll
	static void stopBotApi() {
		telegram.stop();
	}

	@Test
	void everyMalformedRequestGetsItsDocumentedStatusAndNoErrorIsLogged(CapturedOutput output) throws IOException {
		List<Case> cases = MalformedRequests.all();
		assertThat(cases.size()).isGreaterThanOrEqualTo(500);
		List<String> wrong = new ArrayList<>();
		for (Case request : cases) {
			Integer status = send(request);
			if (request.answered() && (status == null || !request.expected().contains(status))) {
				wrong.add(request + ": expected " + request.expected() + ", got " + status);
			}
			if (status != null && status >= 500) {
				wrong.add(request + ": " + status);
			}
		}
		assertThat(wrong).as("requests answered otherwise than documented").isEmpty();
		assertThat(output.getOut()).as("the log, as captured").contains("Rejected a Twilio webhook");
		assertThat(output.getOut().lines().filter(line -> line.contains(" ERROR "))).as("ERROR lines in the log")
			.isEmpty();
	}

	@Test
	void otherMethodsThanPostAreNotAllowedAndSaySo() throws IOException {
		for (String path : List.of(MalformedRequests.TWILIO, MalformedRequests.TELEGRAM, MalformedRequests.CHAT)) {
			String answer = answer(MalformedRequests.request("GET", path, Map.of(), null, ""));
			assertThat(answer).as(path)
				.startsWith("HTTP/1.1 405 ")
				.containsIgnoringCase("\r\nAllow: POST\r\n")
				.contains(path + " only takes POST");
		}
	}

	private String answer(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request);
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The status of the answer, or null when there is none (the request was cut off). */
	private Integer send(Case request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(request.answered() ? 10_000 : 500);
			OutputStream out = socket.getOutputStream();
			out.write(request.bytes());
			out.flush();
			if (!request.answered()) {
				return null;
			}
			return status(socket.getInputStream());
		}
		catch (SocketException reset) {
			return null;
		}
	}

	private static Integer status(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int next;
		while ((next = in.read()) != -1 && next != '\n') {
			line.append((char) next);
		}
		Matcher matcher = STATUS.matcher(line.toString());
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
