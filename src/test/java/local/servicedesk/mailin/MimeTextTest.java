package local.servicedesk.mailin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MimeTextTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void readsGbkOnlyCharactersUnderAGb2312Label() {
        String header = "=?GB2312?B?" + Base64.getEncoder().encodeToString("朱镕基和张喆".getBytes(GBK)) + "?=";

        assertThat(MimeText.decodeHeader(header)).isEqualTo("朱镕基和张喆");
    }

    @Test
    void joinsEncodedWordsSplitInsideACharacter() {
        byte[] bytes = "服务台邮件".getBytes(StandardCharsets.UTF_8);
        String first = Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, 0, 4));
        String second = Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, 4, bytes.length));

        String decoded = MimeText.decodeHeader("=?UTF-8?B?" + first + "?=\r\n =?utf-8?B?" + second + "?=");

        assertThat(decoded).isEqualTo("服务台邮件");
    }

    @Test
    void joinsQuotedPrintableWordsSplitInsideACharacter() {
        String decoded = MimeText.decodeHeader("=?UTF-8?Q?=E6=8A?= =?UTF-8?Q?=A5=E9=94=99_A?=");

        assertThat(decoded).isEqualTo("报错 A");
    }

    @Test
    void keepsTextBetweenEncodedWordsAndDropsOnlyBlanksBetweenThem() {
        String word = MimeText.decodeHeader("Re: =?UTF-8?B?5pWF6Zqc?= [x] =?UTF-8?B?5pWF6Zqc?=");

        assertThat(word).isEqualTo("Re: 故障 [x] 故障");
    }

    @Test
    void readsRawGbkBytesInAHeader() {
        String asReceived = new String("回复：打印机卡纸".getBytes(GBK), StandardCharsets.ISO_8859_1);

        assertThat(MimeText.decodeHeader(asReceived)).isEqualTo("回复：打印机卡纸");
    }

    @Test
    void readsRawUtf8BytesInAHeader() {
        String asReceived = new String("网络故障".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(MimeText.decodeHeader(asReceived)).isEqualTo("网络故障");
    }

    @Test
    void readsAnRfc2231FileNameWithContinuations() {
        String header = "attachment;\r\n filename*0*=UTF-8''%E6%8A%A5%E9%94%99;\r\n filename*1*=%E6%88%AA%E5%9B%BE.png";

        assertThat(MimeText.parameter(header, "filename")).isEqualTo("报错截图.png");
    }

    @Test
    void readsAnRfc2231FileNameUnderAGb2312Label() {
        String header = "attachment; filename*=gb2312''" + percent("张喆的报告.docx".getBytes(GBK));

        assertThat(MimeText.parameter(header, "filename")).isEqualTo("张喆的报告.docx");
    }

    @Test
    void readsAFileNameWrittenAsEncodedWords() {
        String header = "application/pdf; name=\"=?GBK?B?"
                + Base64.getEncoder().encodeToString("镕铸方案.pdf".getBytes(GBK)) + "?=\"";

        assertThat(MimeText.parameter(header, "name")).isEqualTo("镕铸方案.pdf");
    }

    @Test
    void readsAPlainQuotedParameterAndNothingForAMissingOne() {
        String header = "text/plain; charset=\"gb2312\"; format=flowed";

        assertThat(MimeText.parameter(header, "charset")).isEqualTo("gb2312");
        assertThat(MimeText.parameter(header, "name")).isNull();
    }

    @Test
    void readsAnUnlabelledBodyAsUtf8OrElseGb18030() {
        assertThat(MimeText.decode("喆".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("喆");
        assertThat(MimeText.decode("喆".getBytes(GBK), null)).isEqualTo("喆");
    }

    @Test
    void readsGbkLabelsAsGb18030() {
        assertThat(MimeText.charset("GB2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(MimeText.charset("\"gbk\"")).isEqualTo(Charset.forName("GB18030"));
        assertThat(MimeText.charset("no-such-charset")).isEqualTo(StandardCharsets.UTF_8);
    }

    private static String percent(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append('%').append(String.format("%02X", b));
        }
        return out.toString();
    }
}
