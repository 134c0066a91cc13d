/**
 * OPML import and export of followed feeds. Real OPML files are often not well-formed XML (a raw `&`
 * in a title is common), and this runs in the service worker, which has no DOMParser: so import is a
 * small tolerant scanner of `<outline>` tags and their attributes rather than an XML parser.
 */

export interface OpmlFeed {
  url: string;
  title: string;
  htmlUrl?: string;
}

export interface OpmlProblem {
  /** 1-based line of the outline concerned, when the problem belongs to one. */
  line?: number;
  reason: string;
}

export interface OpmlImport {
  feeds: OpmlFeed[];
  problems: OpmlProblem[];
}

interface OutlineTag {
  attributes: Map<string, string>;
  selfClosing: boolean;
  line: number;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities; a raw `&` that starts no entity is kept as the character it meant. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTRIBUTE_NAME = /[^\s=/>]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;

/** What a sticky pattern matches at `index` ('' when nothing). */
function match(pattern: RegExp, text: string, index: number): string {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0] ?? '';
}

type ScannedTag = { attributes: Map<string, string>; selfClosing: boolean; end: number } | { brokenUntil: number };

/**
 * Reads the attributes of the tag whose name ends just before `start`, up to its closing `>`.
 * Quoted values may hold `>` and raw `&`; unquoted values run to the next space or `>`. A `<` before
 * the tag is closed (XML allows none in a tag) means a quote or `>` is missing: the tag is broken, and
 * reading goes on from that `<`, so one bad tag does not swallow the next.
 */
function scanAttributes(text: string, start: number): ScannedTag {
  const attributes = new Map<string, string>();
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '>') return { attributes, selfClosing: text[i - 1] === '/', end: i + 1 };
    if (char === '<') return { brokenUntil: i };
    if (/[\s/]/.test(char)) {
      i++;
      continue;
    }
    const name = match(ATTRIBUTE_NAME, text, i) || char;
    i += name.length;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') {
      attributes.set(name.toLowerCase(), '');
      continue;
    }
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    const quote = text[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      const next = text.indexOf('<', i + 1);
      if (close < 0 || (next >= 0 && next < close)) return { brokenUntil: next < 0 ? text.length : next };
      value = text.slice(i + 1, close);
      i = close + 1;
    } else {
      value = match(UNQUOTED_VALUE, text, i);
      i += value.length;
    }
    // The first occurrence wins, as a second one would make the XML invalid anyway.
    if (!attributes.has(name.toLowerCase())) attributes.set(name.toLowerCase(), decodeEntities(value));
  }
  return { brokenUntil: text.length };
}

/** Every `<outline …>` start tag outside comments, with its line; `problems` gets the broken ones. */
function outlineTags(text: string, problems: OpmlProblem[]): OutlineTag[] {
  const tags: OutlineTag[] = [];
  const pattern = /<!--|<outline(?=[\s/>])/gi;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number) => {
    for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0] === '<!--') {
      const close = text.indexOf('-->', found.index + 4);
      pattern.lastIndex = close < 0 ? text.length : close + 3;
      continue;
    }
    const tagLine = lineAt(found.index);
    const scanned = scanAttributes(text, pattern.lastIndex);
    if ('brokenUntil' in scanned) {
      problems.push({ line: tagLine, reason: 'outline tag is broken (an unclosed quote or a missing ">"): left out' });
      pattern.lastIndex = scanned.brokenUntil;
      continue;
    }
    tags.push({ attributes: scanned.attributes, selfClosing: scanned.selfClosing, line: tagLine });
    pattern.lastIndex = scanned.end;
  }
  return tags;
}

/** A value quoted in a report, cut short: a file's garbage should not flood the report. */
const quoted = (value: string) => `"${value.length > 100 ? `${value.slice(0, 100)}…` : value}"`;

/** An absolute http(s) address without its fragment, or the reason it is not one. */
function webAddress(value: string): URL | string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `${quoted(value)} is not a web address`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${quoted(value)} is not an http(s) address`;
  url.hash = '';
  return url;
}

/** The feeds of an OPML file, in file order, and a reason for every outline left out. */
export function parseOpml(text: string): OpmlImport {
  const feeds: OpmlFeed[] = [];
  const problems: OpmlProblem[] = [];
  const tags = outlineTags(text, problems);
  if (tags.length === 0 && problems.length === 0) {
    problems.push({ reason: /<opml[\s>]/i.test(text) ? 'the OPML file lists no feeds' : 'not an OPML file (no <outline> elements)' });
  }
  const firstLineOf = new Map<string, number>();
  for (const { attributes, selfClosing, line } of tags) {
    const xmlUrl = attributes.get('xmlurl')?.trim();
    if (!xmlUrl) {
      // An outline with children and no address is a folder; an empty one is an entry without a feed.
      if (selfClosing) problems.push({ line, reason: 'outline has no feed address (xmlUrl)' });
      continue;
    }
    const url = webAddress(xmlUrl);
    if (typeof url === 'string') {
      problems.push({ line, reason: url });
      continue;
    }
    const first = firstLineOf.get(url.href);
    if (first !== undefined) {
      problems.push({ line, reason: `duplicate of the feed on line ${first} (${url.href})` });
      continue;
    }
    firstLineOf.set(url.href, line);
    const title = attributes.get('title')?.trim() || attributes.get('text')?.trim() || url.hostname;
    const htmlUrl = webAddress(attributes.get('htmlurl') ?? '');
    feeds.push({ url: url.href, title, ...(typeof htmlUrl === 'string' ? {} : { htmlUrl: htmlUrl.href }) });
  }
  // Broken tags were found while scanning, the others after: the report reads in file order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { feeds, problems };
}

/** Escapes an attribute value; characters XML 1.0 cannot hold at all are dropped. */
function escapeAttribute(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An OPML 2.0 document listing the feeds (the format every feed reader imports). */
export function writeOpml(feeds: readonly OpmlFeed[], title = 'Crosscheck feeds'): string {
  const outlines = feeds.map((feed) => {
    const name = escapeAttribute(feed.title || feed.url);
    const htmlUrl = feed.htmlUrl ? ` htmlUrl="${escapeAttribute(feed.htmlUrl)}"` : '';
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeAttribute(feed.url)}"${htmlUrl}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(title)}</title>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
