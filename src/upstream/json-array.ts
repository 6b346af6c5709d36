/**
 * Large JSON array replies, counted and read without holding all their parsed elements at once. One home for
 * scanning JSON array text: the credit meter counts an export's rows, the SE Ranking client reads them.
 */

/** Characters parsed at once by `readJsonArray`: about 150 export rows. Shorter texts are parsed whole. */
const CHUNK_CHARS = 64 * 1024;

/** Between two objects of an array, as JSON.stringify and the upstreams write it. */
const BETWEEN_OBJECTS = '},{';

/**
 * `read(JSON.parse(text))` for an array text, with `read` applied to consecutive chunks of its elements and the
 * answers joined; undefined when `read` refuses a chunk. Throws as JSON.parse does on a text that is not JSON.
 *
 * JSON.parse of a whole 10,000-row keyword export (4 MB) builds every row before the first is read, so the
 * scavenges that fall inside the parse copy all of them and promote many to the old generation: most of why 10,000
 * keywords cost more per keyword than 1,000. In chunks, each chunk's parsed rows are read and dropped before the
 * next is parsed.
 *
 * A chunk ends at the next `},{` after `chunkChars`. One that falls inside a string or a nested array leaves that
 * chunk's text invalid (an unclosed string or object), so a chunk that parses holds whole elements, and the rare
 * text where one does not is parsed whole.
 */
export function readJsonArray<T>(
  text: string,
  read: (json: unknown) => T[] | undefined,
  chunkChars = CHUNK_CHARS,
): T[] | undefined {
  if (text.length <= chunkChars) return read(JSON.parse(text));
  const open = skipSpace(text, 0);
  const close = lastNonSpace(text);
  if (text.charCodeAt(open) !== OPEN_LIST || text.charCodeAt(close) !== CLOSE_LIST) return read(JSON.parse(text));
  const out: T[] = [];
  for (let from = open + 1; from < close; ) {
    let end = close;
    if (close - from > chunkChars) {
      const at = text.indexOf(BETWEEN_OBJECTS, from + chunkChars);
      if (at >= 0 && at < close) end = at + 1;
    }
    let chunk: unknown;
    try {
      chunk = JSON.parse(`[${text.slice(from, end)}]`);
    } catch {
      return read(JSON.parse(text));
    }
    const rows = read(chunk);
    if (rows === undefined) return undefined;
    for (const row of rows) out.push(row);
    // Past the comma after the chunk.
    from = end + 1;
  }
  return out;
}

/**
 * Elements of a JSON array text, counted without building them: a 10,000-keyword export would otherwise be parsed
 * a second time into 10,000 rows only to be counted. Undefined when the text is not one balanced array; the
 * elements' grammar is not checked (the client's parse of the same reply does that).
 */
export function countJsonArray(text: string): number | undefined {
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_LIST) return undefined;
  const empty = text.charCodeAt(skipSpace(text, at + 1)) === CLOSE_LIST;
  let depth = 0;
  let commas = 0;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      at = closingQuote(text, at);
      if (at < 0) return undefined;
    } else if (c === OPEN_LIST || c === OPEN_OBJECT) {
      depth++;
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && c === COMMA) {
      commas++;
    }
  }
  // Unclosed, or followed by more than whitespace.
  if (depth !== 0 || skipSpace(text, at + 1) !== text.length) return undefined;
  return empty ? 0 : commas + 1;
}

/**
 * Where the string opened at `open` closes, or -1: found with `indexOf`, several times faster than a loop over each
 * character (strings are most of an export's text). A quote after an odd run of backslashes is escaped.
 */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at >= 0) {
    let before = at - 1;
    while (text.charCodeAt(before) === BACKSLASH) before--;
    if ((at - before) % 2 === 1) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

const skipSpace = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
};

function lastNonSpace(text: string): number {
  let at = text.length - 1;
  while (at > 0 && isSpace(text.charCodeAt(at))) at--;
  return at;
}

const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const [OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
