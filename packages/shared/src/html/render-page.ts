import { escapeHtml } from "./escape-html.js";

export interface PageSection {
  /** Anchor id, also used by tests to find the section. */
  id: string;
  /** Heading text (escaped here). */
  title: string;
  /** Trusted HTML: charts rendered by renderChart and markup whose text went through escapeHtml. */
  html: string;
}

export interface RenderPageOptions {
  /** Page title and top heading (escaped here). */
  title: string;
  /** Trusted HTML shown under the heading: the headline numbers. */
  summary: string;
  sections: readonly PageSection[];
  /** Shown at the foot of the page (escaped here). */
  footer?: string;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1200px; padding: 24px; color: #111827; background: #fff; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 8px; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
nav a { margin-right: 12px; color: #1d4ed8; text-decoration: none; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.metric { border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 14px; min-width: 120px; }
.metric b { display: block; font-size: 1.35rem; }
.metric span { color: #4b5563; font-size: 0.85rem; }
.meta { color: #4b5563; font-size: 0.9rem; margin: 2px 0; word-break: break-all; }
figure { margin: 8px 0; overflow-x: auto; }
figure svg { max-width: none; height: auto; }
figcaption, .note { color: #4b5563; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #e5e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f9fafb; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
q { display: block; margin: 2px 0; }
footer { margin-top: 40px; color: #6b7280; font-size: 0.8rem; }
`;

/** One self-contained HTML page: inline CSS and inline SVG, a policy that forbids scripts and every network request. */
export function renderPage({ title, summary, sections, footer }: RenderPageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${summary}
<nav>${sections.map((section) => `<a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a>`).join("")}</nav>
${sections.map((section) => `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.html}\n</section>`).join("\n")}
${footer === undefined ? "" : `<footer>${escapeHtml(footer)}</footer>`}
</body>
</html>
`;
}
