export { escapeHtml } from "./escape-html.js";
export { type ChartSpec, type RenderChartOptions, renderChart } from "./render-chart.js";
export { type PageSection, type RenderPageOptions, renderPage } from "./render-page.js";
