import { describe, expect, it } from "vitest";
import { htmlToText, markdownToText } from "./markup.ts";

describe("htmlToText", () => {
  it("keeps blocks, bullets, table rows and link targets, and drops scripts and styles", () => {
    const html = `<html><head><style>p{}</style></head><body><h1>Jane Doe</h1><p>Engineer &amp; author</p>
      <ul><li>Go</li><li>Rust</li></ul><table><tr><td>2019 &ndash; 2021</td><td>Acme</td></tr></table>
      <a href="https://github.com/jane">GitHub</a><script>alert(1)</script></body></html>`;
    expect(htmlToText(html)).toEqual({
      text: "Jane Doe\nEngineer & author\n• Go\n• Rust\n2019 – 2021\tAcme\nGitHub",
      links: ["https://github.com/jane"],
    });
  });
});

describe("markdownToText", () => {
  it("drops markup and keeps link targets", () => {
    expect(
      markdownToText("# Jane Doe\n\n**Engineer** at [Acme](https://acme.example)\n\n- Go\n* Rust\n\n---"),
    ).toEqual({
      text: "Jane Doe\n\nEngineer at Acme (https://acme.example)\n\n• Go\n• Rust",
      links: ["https://acme.example"],
    });
  });
});
