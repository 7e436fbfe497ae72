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

  it("reads no text out of a doctype, a declaration, a processing instruction or a conditional comment", () => {
    const html = `<!DOCTYPE html><?xml version="1.0"?><html><body><![if !supportLists]><span>·</span><![endif]>
      <!--[if gte mso 9]><xml><o:Author>Someone</o:Author></xml><![endif]--><p>Jane Doe</p><p>HTML5, CSS</p></body></html>`;
    expect(htmlToText(html).text).toBe("·\nJane Doe\nHTML5, CSS");
  });

  it("keeps a table row of one-paragraph cells on one line, and reads a row of longer cells cell after cell", () => {
    const html = `<table><tr><td><p>DEGREE</p></td><td><p>INSTITUTE</p></td><td><p></p></td><td><p>YEAR</p></td></tr>
      <tr><td><p>B.Tech</p></td><td><p>Acme Institute of Technology, Pune</p></td><td></td><td><p>2015</p></td></tr>
      <tr><td><p>Skills</p><p>Go</p></td><td><p>Experience</p><p>Acme Ltd</p></td></tr></table>`;
    expect(htmlToText(html).text).toBe(
      "DEGREE\tINSTITUTE\tYEAR\nB.Tech\tAcme Institute of Technology, Pune\t2015\nSkills\nGo\nExperience\nAcme Ltd",
    );
  });

  it("keeps one blank line for empty paragraphs between blocks, as a word processor lays them out", () => {
    const html = `<p>Acme Ltd</p><p><br/></p><p class="MsoNormal">&nbsp;</p><p>Site Engineer</p><div></div><p>2019 - 2021</p>`;
    expect(htmlToText(html).text).toBe("Acme Ltd\n\nSite Engineer\n2019 - 2021");
  });

  it("keeps a list item's bullet when the item holds a paragraph", () => {
    expect(
      htmlToText(
        "<ul><li><p>Nationality: Indian</p></li><li>\n<p>Go</p><p>Rust</p></li><li><ul><li>C</li></ul></li></ul>",
      ).text,
    ).toBe("• Nationality: Indian\n• Go\nRust\n• C");
  });

  it("reads a tab stop written as a tab or a run of spaces as a tab, and the markup's line breaks as spaces", () => {
    const html = `<p>\n\t<b>Acme\n\tLtd</b> (Site\n\tEngineer)                    \nOct 11 to Aug 14</p>
      <p>Nationality:&nbsp;&nbsp;&nbsp;&nbsp;Indian</p><p>Go\tRust</p><p>R &amp; D  lab</p>`;
    expect(htmlToText(html).text).toBe(
      "Acme Ltd (Site Engineer)\tOct 11 to Aug 14\nNationality:\tIndian\nGo\tRust\nR & D lab",
    );
  });

  it("reads past a nesting deeper than any document's as text with its tags dropped", () => {
    const html = `<p>Jane Doe</p><table><tr><td>${"<b><i>".repeat(2000)}Site Engineer<p>Acme Ltd</p></td></tr></table>`;
    expect(htmlToText(html).text).toBe("Jane Doe\nSite Engineer Acme Ltd");
  });

  it("decodes entities once and keeps mail and web links", () => {
    const html = `<p>R&amp;D &amp;lt;lab&amp;gt; &ndash; <a href="mailto:jane@example.com">mail</a> <a href="javascript:x">x</a></p>`;
    expect(htmlToText(html)).toEqual({
      text: "R&D &lt;lab&gt; – mail x",
      links: ["mailto:jane@example.com"],
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
