package local.servicedesk.mailin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Hands a mail to an SMTP server byte for byte, as a foreign mail server would: no mail library in between that
 * could re-encode headers or repair what a test means to be broken.
 */
final class RawSmtp {

    private RawSmtp() {}

    static void send(int port, String from, String to, byte[] mail) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "HELO test.local", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            out.write(dotStuffed(mail));
            command(out, in, "\r\n.", "250");
            command(out, in, "QUIT", "221");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String reply) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, reply);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IOException("SMTP server answered " + line + ", expected " + code);
            }
        } while (line.charAt(3) == '-');
    }

    /** A line that starts with a dot gets a second one, so that it cannot end the mail early. */
    private static byte[] dotStuffed(byte[] mail) {
        String latin1 = new String(mail, StandardCharsets.ISO_8859_1);
        String stuffed = (latin1.startsWith(".") ? "." : "") + latin1.replace("\r\n.", "\r\n..");
        return stuffed.getBytes(StandardCharsets.ISO_8859_1);
    }
}
