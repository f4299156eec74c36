package local.servicedesk.mailin;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an HTML mail, as a seat would read it: one line per paragraph, line break or table row. */
final class HtmlText {

    private static final Set<String> LINE_BREAKS = Set.of("br", "p", "div", "li", "tr", "table", "blockquote", "pre");

    private HtmlText() {}

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("head, script, style, title").remove();
        StringBuilder out = new StringBuilder();

        NodeTraversor.traverse(new Lines(out), document.body());
        return MailBody.tidy(out.toString());
    }

    private record Lines(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(insidePre(text) ? text.getWholeText() : collapsed(text.getWholeText()));
            } else if (node instanceof Element element && element.nameIs("br")) {
                out.append('\n');
            } else if (breaksLine(node)) {
                endLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && (element.nameIs("td") || element.nameIs("th"))) {
                out.append(' ');
            } else if (breaksLine(node) && !((Element) node).nameIs("br")) {
                endLine();
            }
        }

        private void endLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private static boolean breaksLine(Node node) {
            return node instanceof Element element
                    && (LINE_BREAKS.contains(element.normalName())
                            || element.normalName().matches("h[1-6]"));
        }

        private static boolean insidePre(TextNode text) {
            for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
                if (parent instanceof Element element && element.nameIs("pre")) {
                    return true;
                }
            }
            return false;
        }

        private static String collapsed(String text) {
            return text.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n]+", " ");
        }
    }
}
