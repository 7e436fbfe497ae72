// Text set into a regular expression as written: every character a pattern gives a meaning to, escaped.
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
