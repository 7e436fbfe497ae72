import { describe, expect, it } from "vitest";
import { storedFilename } from "./filename.ts";

describe("storedFilename", () => {
  it.each([
    ["cv.pdf", 255, "cv.pdf"],
    ["jane\u0000doe.pdf", 255, "janedoe.pdf"],
    ["line\r\nbreak.docx", 255, "linebreak.docx"],
    ["  \u0000 ", 255, null],
    [`${"a".repeat(100_000)}.pdf`, 20, `${"a".repeat(16)}.pdf`],
    ["abcdefghij", 4, "abcd"],
    ["😀😀😀😀.txt", 6, "😀😀.txt"],
    [null, 255, null],
  ])("%j (max %i) -> %j", (name, max, expected) => {
    expect(storedFilename(name, max)).toBe(expected);
  });
});
