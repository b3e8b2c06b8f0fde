package org.nurture.educator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Admin endpoints for the directory, behind {@code Authorization: Bearer <ADMIN_TOKEN>};
 * without ADMIN_TOKEN they do not exist (404). {@code GET /admin/educators} shows the
 * directory's state and problems; {@code POST
 * /admin/educators/reload} reads the file now and answers the same, 422 when the file has
 * problems (the last good directory stays in use).
 */
@RestController
class EducatorAdminController {

	private final EducatorDirectory directory;

	private final byte[] token;

	EducatorAdminController(EducatorDirectory directory, @Value("${nurture.admin-token:}") String token) {
		this.directory = directory;
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping("/admin/educators")
	Mono<ResponseEntity<DirectoryStatus>> status(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		HttpStatus refused = refused(authorization);
		return Mono
			.just(refused != null ? ResponseEntity.status(refused).build() : ResponseEntity.ok(directory.status()));
	}

	@PostMapping("/admin/educators/reload")
	Mono<ResponseEntity<DirectoryStatus>> reload(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		HttpStatus refused = refused(authorization);
		if (refused != null) {
			return Mono.just(ResponseEntity.status(refused).build());
		}
		return Mono.fromCallable(directory::reload)
			.subscribeOn(Schedulers.boundedElastic())
			.map(status -> ResponseEntity.status(status.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(status));
	}

	/**
	 * Null when the request may go on; 404 when admin endpoints are off, 401 for a
	 * missing or wrong token.
	 */
	private HttpStatus refused(String authorization) {
		if (token.length == 0) {
			return HttpStatus.NOT_FOUND;
		}
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return HttpStatus.UNAUTHORIZED;
		}
		byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(given, token) ? null : HttpStatus.UNAUTHORIZED;
	}

}
