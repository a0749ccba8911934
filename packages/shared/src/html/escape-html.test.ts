import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html.js";

describe("escapeHtml", () => {
  it("returns markup characters as entities and leaves other text alone", () => {
    expect(escapeHtml(`<script>alert("hi")</script> & 'room' 7`)).toBe("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &#39;room&#39; 7");
    expect(escapeHtml("late check-out, café ☕")).toBe("late check-out, café ☕");
  });
});
