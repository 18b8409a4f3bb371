package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.importing.Outlines.paragraphs;
import static org.parley.importing.Outlines.tree;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;

class HtmlImporterTest {

    private final HtmlImporter importer = new HtmlImporter();

    @Test
    void readsOnlyTheMainContent() {
        TextOutline outline = importer.parse("""
                <!DOCTYPE html>
                <html><head><title>Roadmap</title><style>p { color: red }</style></head>
                <body>
                <header><h1>Site name</h1><nav><a href="/">Home</a></nav></header>
                <main>
                  <h1>UN Digital Roadmap</h1>
                  <h2>4.3 The role of the UN</h2>
                  <p>The UN has a <b>convening</b> role, <em>not a regulatory one</em>.
                     See <a href="https://www.un.org/roadmap" onclick="steal()">the Roadmap</a>.</p>
                  <script>alert('x')</script>
                  <ul><li>Connectivity</li><li>Digital <strong>public</strong> goods</li></ul>
                  <ol><li>Map the actors</li></ol>
                  <blockquote><p>Quoted words.</p></blockquote>
                  <table><tr><th>Action</th><th>Who</th></tr><tr><td>Connect</td><td>ITU</td></tr></table>
                  <pre>code  block</pre>
                  <form><p>Subscribe</p></form>
                  <aside><p>Related</p></aside>
                </main>
                <footer><p>Copyright</p></footer>
                <script>track()</script>
                </body></html>
                """);

        assertThat(tree(outline)).containsExactly("null | UN Digital Roadmap", "  4.3 | The role of the UN");
        assertThat(paragraphs(outline).map(p -> p.kind() + ": " + p.text())).containsExactly(
                "PARAGRAPH: The UN has a **convening** role, *not a regulatory one*. See [the Roadmap](https://www.un.org/roadmap).",
                "BULLET_ITEM: Connectivity",
                "BULLET_ITEM: Digital **public** goods",
                "ORDERED_ITEM: Map the actors",
                "QUOTE: > Quoted words.",
                "TABLE: | Action | Who |\n| --- | --- |\n| Connect | ITU |",
                "CODE: ```\ncode  block\n```");
        assertThat(paragraphs(outline).map(ParagraphOutline::html)).containsExactly(
                "<p>The UN has a <strong>convening</strong> role, <em>not a regulatory one</em>. See "
                        + "<a href=\"https://www.un.org/roadmap\" rel=\"nofollow noopener\">the Roadmap</a>.</p>",
                "Connectivity",
                "Digital <strong>public</strong> goods",
                "Map the actors",
                "<blockquote><p>Quoted words.</p></blockquote>",
                "<table><tbody><tr><th>Action</th><th>Who</th></tr><tr><td>Connect</td><td>ITU</td></tr></tbody></table>",
                "<pre><code>code  block</code></pre>");
        assertThat(paragraphs(outline).map(ParagraphOutline::html)).noneMatch(html -> html.contains("alert")
                || html.contains("track") || html.contains("Copyright") || html.contains("Home") || html.contains("onclick"));
    }

    @Test
    void withoutMainOrArticleTakesTheBlockWithTheMostText() {
        TextOutline outline = importer.parse("""
                <html><body>
                <div class="menu"><p>Home</p></div>
                <div class="content"><h2>Intro</h2><p>A long paragraph of the report itself.</p><p>Another one.</p></div>
                <div class="share"><p>Share this</p></div>
                </body></html>
                """);

        assertThat(tree(outline)).containsExactly("null | Intro");
        assertThat(paragraphs(outline).map(ParagraphOutline::text))
                .containsExactly("A long paragraph of the report itself.", "Another one.");
    }

    @Test
    void articleIsTheContentWhenThereIsNoMain() {
        TextOutline outline = importer.parse("<body><p>Outside</p><article><h1>1. Scope</h1><p>Inside.</p></article></body>");

        assertThat(tree(outline)).containsExactly("1 | Scope");
        assertThat(paragraphs(outline).map(ParagraphOutline::text)).containsExactly("Inside.");
    }
}
