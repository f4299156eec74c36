package local.servicedesk.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The access codes with which portal customers follow their tickets. A code is shown once and mailed; the desk
 * keeps only its SHA-256. A fast hash is enough here: a code is 12 random characters of a 31-letter alphabet
 * (about 59 bits), far beyond guessing, unlike a password a person chose.
 */
@Service
class AccessCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 12;
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    AccessCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new code for the ticket, for example {@code K7QM-2XHD-9RTA}; it cannot be read back later. */
    String issue(String ticketNo) {
        String code = generate();

        jdbc.sql("insert into portal_access (ticket_no, code_hash, created_at) values (?, ?, ?)")
                .params(ticketNo, hash(ticketNo, code), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return format(code);
    }

    /** Whether the code opens the ticket; as typed, with or without hyphens and spaces, in either case. */
    boolean opens(String ticketNo, String typed) {
        String code = normalize(typed);
        Optional<String> stored = jdbc.sql("select code_hash from portal_access where ticket_no = ?")
                .param(ticketNo)
                .query(String.class)
                .optional();
        if (stored.isEmpty() || code.length() != LENGTH) {
            return false;
        }

        byte[] expected = stored.get().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, hash(ticketNo, code).getBytes(StandardCharsets.US_ASCII));
    }

    private String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    private static String format(String code) {
        StringBuilder formatted = new StringBuilder();
        for (int i = 0; i < code.length(); i += GROUP) {
            formatted.append(i == 0 ? "" : "-").append(code, i, i + GROUP);
        }
        return formatted.toString();
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String hash(String ticketNo, String code) {
        try {
            byte[] input = (ticketNo + ":" + code).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
