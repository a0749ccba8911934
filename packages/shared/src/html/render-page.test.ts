import { describe, expect, it } from "vitest";
import { renderPage } from "./render-page.js";

describe("renderPage", () => {
  it("returns a page that forbids scripts and network requests and escapes the title and headings", () => {
    const html = renderPage({
      title: "Evaluation: <b>x</b>",
      summary: "<p>summary</p>",
      sections: [{ id: "accuracy", title: "Accuracy & more", html: "<svg></svg>" }],
      footer: "made <here>",
    });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain("<title>Evaluation: &lt;b&gt;x&lt;/b&gt;</title>");
    expect(html).toContain('<section id="accuracy">\n<h2>Accuracy &amp; more</h2>\n<svg></svg>\n</section>');
    expect(html).toContain('<a href="#accuracy">Accuracy &amp; more</a>');
    expect(html).toContain("<footer>made &lt;here&gt;</footer>");
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
});
