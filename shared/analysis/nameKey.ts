// A name as a comparison key: lower case, every run of what is neither a letter nor a figure one space.
export const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();
