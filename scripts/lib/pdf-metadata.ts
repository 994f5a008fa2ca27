/**
 * Pure: pins the creation and modification dates Chromium writes into a PDF's Info dictionary, so the
 * same site prints the same bytes. The replacement has exactly the length of the original, so the
 * cross-reference offsets stay valid. Structure ids are renumbered by scripts/lib/stable-pdf-ids.ts;
 * everything else Chromium 156 writes was found byte-stable (8 PDFs printed twice).
 */

/** "2025-02-14" -> "20250214000000" (PDF date digits, UTC midnight). */
export function pdfDateDigits(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`PDF date "${isoDate}" is not an ISO date (YYYY-MM-DD).`);
  return `${m[1]}${m[2]}${m[3]}000000`;
}

/** Returns the PDF with every /CreationDate and /ModDate set to `isoDate`, and how many it replaced. */
export function pinPdfDates(pdf: Uint8Array, isoDate: string): { pdf: Buffer; replaced: number } {
  const digits = pdfDateDigits(isoDate);
  let replaced = 0;
  // latin1 maps bytes 1:1 to characters, so binary streams survive the round trip untouched.
  const text = Buffer.from(pdf).toString('latin1').replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}([+-]\d{2}'\d{2}'|Z)?/g, (_m, head: string, zone?: string) => {
    replaced += 1;
    // Skia writes the machine's UTC offset as +HH'MM'; the pinned date is UTC in the same width.
    return head + digits + (zone === undefined ? '' : zone === 'Z' ? 'Z' : "+00'00'");
  });
  return { pdf: Buffer.from(text, 'latin1'), replaced };
}

// ------------------------------------------------------------------------------------------------
// Accessibility metadata, added after printing (Chromium writes none of it): an XMP packet with title,
// author, language and the pinned dates; /Author in the Info dictionary; a description (/Contents) on
// every link annotation; exhibit frames that Chromium tags as Figure without alternative text retagged
// as Div (a grouping element: their image, caption and table keep their own tags; an /Alt on the frame
// would hide the table from screen readers). Deterministic: the same PDF and options give the same bytes.

export interface PdfDocumentInfo {
  /** Author (the firm) for the Info dictionary and dc:creator. */
  author: string;
  /** ISO date (YYYY-MM-DD): the pinned creation and modification date. */
  date: string;
  /** BCP 47 language of the text. */
  lang?: string;
}

/** A PDF text string as UTF-16BE hex with a byte-order mark: safe for any character. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** Decodes a PDF string token: (literal) with escapes, or <hex> (UTF-16BE with BOM, else bytes). */
export function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let s = '';
      for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return s;
    }
    return String.fromCharCode(...bytes);
  }
  return token.slice(1, -1).replace(/\\([nrtbf()\\]|\d{1,3})/g, (_m, e: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[e] ?? String.fromCharCode(parseInt(e, 8));
  });
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP metadata packet (UTF-8 text) for a document. */
export function xmpPacket(o: { title: string; author: string; date: string; lang: string; producer?: string; creatorTool?: string }): string {
  const when = `${o.date}T00:00:00Z`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(o.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(o.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(o.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    ...(o.creatorTool ? [`<xmp:CreatorTool>${xml(o.creatorTool)}</xmp:CreatorTool>`] : []),
    ...(o.producer ? [`<pdf:Producer>${xml(o.producer)}</pdf:Producer>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/** The text of object `n` (its dictionary, up to "endobj"), and where it starts. */
function objectAt(text: string, n: number): { start: number; body: string } {
  const re = new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\s*`, 'g');
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | undefined;
  while ((m = re.exec(text))) last = m;
  if (!last) throw new Error(`PDF post-processing: object ${n} 0 obj was not found; the printer's output format changed.`);
  const start = last.index + last[0].length;
  const end = text.indexOf('endobj', start);
  return { start, body: text.slice(start, end).trimEnd() };
}

/** A dictionary object's text with `entries` added just inside its outer "<<". */
function withEntries(dict: string, entries: string): string {
  const at = dict.indexOf('<<');
  if (at < 0) throw new Error('PDF post-processing: expected a dictionary object.');
  return `${dict.slice(0, at + 2)}${entries}\n${dict.slice(at + 2)}`;
}

/** Words a reader hears for a link: where it goes. */
function linkDescription(annot: string): string {
  const uri = /\/URI\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(annot)?.[1];
  if (uri) {
    const url = decodePdfString(uri);
    return url.startsWith('mailto:') ? `Email ${url.slice(7)}` : `Link to ${url}`;
  }
  const dest = /\/Dest\s*\/([^\s/<>[\]()]+)/.exec(annot)?.[1];
  if (dest) return `Link to ${decodeURIComponent(dest.replace(/#([0-9A-Fa-f]{2})/g, '%$1')).replace(/[-_]+/g, ' ')} in this document`;
  return 'Link within this document';
}

/**
 * Adds the accessibility metadata to a printed PDF as an incremental update (new versions of the catalog,
 * the Info dictionary and the link annotations, a new metadata stream, an xref section pointing back at
 * the original's), after retagging container figures in place (same length, offsets unchanged).
 */
export function addAccessibilityMetadata(pdf: Uint8Array, info: PdfDocumentInfo): { pdf: Buffer; links: number; retagged: number } {
  let text = Buffer.from(pdf).toString('latin1');
  let retagged = 0;
  text = text.replace(/(\d+ 0 obj\s*<<\/Type \/StructElem\s*\/S )\/Figure(\s[\s\S]*?endobj)/g, (whole, head: string, rest: string) => {
    const kids = /\/K\s*(\[[\s\S]*?\]|\d+ 0 R)/.exec(rest)?.[1] ?? '';
    if (rest.includes('/Alt') || !/\d+ 0 R/.test(kids)) return whole;
    retagged += 1;
    // "/Div   " has the length of "/Figure": every byte offset stays valid.
    return `${head}/Div   ${rest}`;
  });
  const trailerAt = text.lastIndexOf('trailer');
  const trailer = text.slice(trailerAt);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
  const infoRef = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  const prev = Number(/startxref\s+(\d+)/.exec(text.slice(trailerAt))?.[1]);
  if (!size || !root || !Number.isFinite(prev)) throw new Error('PDF post-processing: no classic trailer (/Size, /Root, startxref) found; the printer\'s output format changed.');

  const lang = info.lang ?? decodePdfString(/\/Lang\s*(\([^)]*\)|<[^>]*>)/.exec(objectAt(text, root).body)?.[1] ?? '(en)');
  const updates = new Map<number, string>();
  let title = '';
  let producer: string | undefined;
  let creatorTool: string | undefined;
  if (infoRef) {
    const n = Number(infoRef);
    const body = objectAt(text, n).body;
    const tok = (key: string) => new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`).exec(body)?.[1];
    title = tok('Title') ? decodePdfString(tok('Title')!) : '';
    producer = tok('Producer') ? decodePdfString(tok('Producer')!) : undefined;
    creatorTool = tok('Creator') ? decodePdfString(tok('Creator')!) : undefined;
    if (!/\/Author\b/.test(body)) updates.set(n, withEntries(body, `/Author ${pdfTextString(info.author)}`));
  }
  const metadata = size;
  const xmp = Buffer.from(xmpPacket({ title, author: info.author, date: info.date, lang, ...(producer ? { producer } : {}), ...(creatorTool ? { creatorTool } : {}) }), 'utf8').toString('latin1');
  updates.set(root, withEntries(objectAt(text, root).body.replace(/\/Metadata\s+\d+\s+0\s+R/, ''), `/Metadata ${metadata} 0 R`));
  let links = 0;
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*(<<\/Type \/Annot\s*\/Subtype \/Link[\s\S]*?)endobj/g)) {
    const body = m[2]!.trimEnd();
    if (body.includes('/Contents')) continue;
    updates.set(Number(m[1]), withEntries(body, `/Contents ${pdfTextString(linkDescription(body))}`));
    links += 1;
  }

  let out = text.endsWith('\n') ? text : `${text}\n`;
  const offsets = new Map<number, number>();
  const write = (n: number, body: string) => {
    offsets.set(n, out.length);
    out += `${n} 0 obj\n${body}\nendobj\n`;
  };
  for (const n of [...updates.keys()].sort((a, b) => a - b)) write(n, updates.get(n)!);
  write(metadata, `<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>> stream\n${xmp}\nendstream`);
  const xrefAt = out.length;
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    xref += `${nums[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(nums[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  out += `${xref}trailer\n<</Size ${size + 1}\n/Root ${root} 0 R${infoRef ? `\n/Info ${infoRef} 0 R` : ''}\n/Prev ${prev}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return { pdf: Buffer.from(out, 'latin1'), links, retagged };
}
