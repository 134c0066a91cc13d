/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt rep sen gov st jr sr inc corp co ltd vs etc no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.u u.n'.split(' '),
);

/** Splits text into sentences, keeping abbreviations ("Mr.", "Feb.", "U.S.") and initials together. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let start = 0;
    const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
    for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
      const before = paragraph.slice(start, match.index + 1);
      const lastWord = /(\S+)$/.exec(before)?.[1].replace(/^["“‘(]/, '').toLowerCase() ?? '';
      const bareWord = lastWord.replace(/\.$/, '');
      if (ABBREVIATIONS.has(bareWord) || /^[a-z]$/i.test(bareWord)) continue;
      out.push(paragraph.slice(start, match.index + match[0].length).trim());
      start = match.index + match[0].length;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
