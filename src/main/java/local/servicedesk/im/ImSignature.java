package local.servicedesk.im;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Checks the signature of a webhook call: {@code X-Desk-Signature: sha256=<hex>}, the HMAC-SHA256 with the shared
 * secret of the {@code X-Desk-Timestamp} header (Unix seconds) followed by the raw body. A timestamp outside the
 * window is refused, so that a recorded call cannot be played back later.
 */
@Component
class ImSignature {

    static final String TIMESTAMP = "X-Desk-Timestamp";
    static final String SIGNATURE = "X-Desk-Signature";
    static final String PREFIX = "sha256=";

    private static final String ALGORITHM = "HmacSHA256";

    private final ImProperties properties;
    private final Clock clock;

    ImSignature(ImProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws InvalidSignature when the call is not signed with the shared secret within the window */
    void verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            throw new InvalidSignature("缺少签名：请求须带 " + TIMESTAMP + " 与 " + SIGNATURE + " 请求头");
        }
        requireFresh(timestamp.strip());

        byte[] expected = sign(properties.secret(), timestamp.strip(), body);
        byte[] given = hex(signature.strip());
        if (given == null || !MessageDigest.isEqual(expected, given)) {
            throw new InvalidSignature("签名不正确");
        }
    }

    /** The signature bytes of a body sent at the given timestamp. */
    static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JVM cannot compute " + ALGORITHM, e);
        }
    }

    private void requireFresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new InvalidSignature("时间戳须为 Unix 秒数：" + timestamp);
        }

        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant())
                .abs();
        if (skew.compareTo(properties.signatureWindow()) > 0) {
            throw new InvalidSignature(
                    "时间戳已超出有效期（%d 秒）".formatted(properties.signatureWindow().toSeconds()));
        }
    }

    private static byte[] hex(String signature) {
        String digits = signature.startsWith(PREFIX) ? signature.substring(PREFIX.length()) : signature;
        try {
            return HexFormat.of().parseHex(digits.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
