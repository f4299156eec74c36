package local.servicedesk.im;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImSignatureTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final byte[] BODY = "{\"text\":\"打印机脱机\"}".getBytes(StandardCharsets.UTF_8);

    private final ImSignature signature = new ImSignature(
            new ImProperties("secret", Duration.ofMinutes(5), "hq", "OTHER_APP", "CONSULTATION", "LOW", "NORMAL"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsTheHmacOfTimestampAndBodyWithOrWithoutItsPrefix() {
        String timestamp = seconds(NOW);
        String hex = HexFormat.of().formatHex(ImSignature.sign("secret", timestamp, BODY));

        assertThatCode(() -> signature.verify(timestamp, "sha256=" + hex, BODY)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(timestamp, hex.toUpperCase(Locale.ROOT), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsATimestampAtTheEdgeOfTheWindowOnEitherSide() {
        String early = seconds(NOW.minus(Duration.ofMinutes(5)));
        String late = seconds(NOW.plus(Duration.ofMinutes(5)));

        assertThatCode(() -> signature.verify(early, signed(early), BODY)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(late, signed(late), BODY)).doesNotThrowAnyException();
    }

    @Test
    void refusesATimestampJustOutsideTheWindow() {
        String stale = seconds(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1));

        assertThatThrownBy(() -> signature.verify(stale, signed(stale), BODY))
                .isInstanceOf(InvalidSignature.class)
                .hasMessageContaining("有效期");
    }

    @Test
    void refusesTheSignatureOfAnotherTimestamp() {
        String timestamp = seconds(NOW);
        String other = seconds(NOW.minusSeconds(1));

        assertThatThrownBy(() -> signature.verify(timestamp, signed(other), BODY))
                .isInstanceOf(InvalidSignature.class)
                .hasMessage("签名不正确");
    }

    @Test
    void refusesASignatureThatIsNotHex() {
        String timestamp = seconds(NOW);

        assertThatThrownBy(() -> signature.verify(timestamp, "sha256=zz", BODY)).isInstanceOf(InvalidSignature.class);
        assertThatThrownBy(() -> signature.verify("yesterday", "sha256=00", BODY))
                .isInstanceOf(InvalidSignature.class)
                .hasMessageContaining("Unix");
    }

    private static String signed(String timestamp) {
        return "sha256=" + HexFormat.of().formatHex(ImSignature.sign("secret", timestamp, BODY));
    }

    private static String seconds(Instant instant) {
        return String.valueOf(instant.getEpochSecond());
    }
}
