// The one-pass join gives what the regular expression it replaced gave, on lists and on random text.
import { describe, expect, it } from "vitest";
import { joinWrappedListLines } from "./wrappedLines.ts";

const byRegex = (text: string) => text.replace(/((?:,|;|\s[·•|])[^\n]*[\p{L}\d+#])\n(?=[\p{L}\d.])/gu, "$1 ");

describe("joinWrappedListLines", () => {
  it.each([
    ["Go, Python, Microsoft\nOffice, Excel", "Go, Python, Microsoft Office, Excel"],
    ["Go; Rust\n.NET", "Go; Rust .NET"],
    ["Tools · Git · Docker\nCompose", "Tools · Git · Docker Compose"],
    ["A line\n• Go, Rust\nNext", "A line\n• Go, Rust Next"],
    ["no separator\nhere", "no separator\nhere"],
    ["ends in a comma,\nnext", "ends in a comma,\nnext"],
    ["C#, C++\n- dash", "C#, C++\n- dash"],
    ["Käse, Brot\nÄpfel", "Käse, Brot Äpfel"],
    ["a, b\n\nc", "a, b\n\nc"],
    ["x\n•y, z\nw", "x\n•y, z w"],
  ])("%j", (input, expected) => {
    expect(joinWrappedListLines(input)).toBe(expected);
    expect(byRegex(input)).toBe(expected);
  });

  it("agrees with the regular expression on 2,000 random texts", () => {
    const alphabet = ["a", "B", "1", ",", ";", " ", "\n", "·", "•", "|", ".", "#", "+", "-", "é", "\t", "𝔸"];
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: 1 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join(
        "",
      );
      expect(joinWrappedListLines(text)).toBe(byRegex(text));
    }
  });

  it("joins a 1 MB line of items in one pass", () => {
    const text = `${"C#, ".repeat(250_000)}Go\nRust`;
    expect(joinWrappedListLines(text).endsWith("Go Rust")).toBe(true);
  });
});
