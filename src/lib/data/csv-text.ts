/**
 * Turns a CSV file's bytes into text, recognising what spreadsheet programs actually save so that each
 * habit gets one message saying how to re-save the file, instead of dozens of cell errors: a workbook
 * (.xlsx/.xls) renamed to .csv, UTF-16 ("Unicode Text", with or without a byte-order mark), Windows-1252
 * (Excel's plain "CSV"), other binary data, and semicolon- or tab-separated exports (European locales).
 * Pure.
 */

export interface TextProblem {
  /** 1-based line, when the problem is at a place in the file. */
  line?: number;
  message: string;
  hint: string;
}

const SAVE_AS = 'open it in Excel (or your spreadsheet) and save it with File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte-order mark: text where every other byte is 0 (any Latin-script CSV). */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.4 && even < half * 0.05) || (even > half * 0.4 && odd < half * 0.05);
}

/** Decodes a CSV file as UTF-8, or says in one problem why it is not a UTF-8 CSV text file. */
export function decodeCsvText(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { problem: { message: 'is not a CSV text file: it is an Excel workbook (.xlsx) or another ZIP archive saved under a .csv name.', hint: `${SAVE_AS}.` } };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { problem: { message: 'is not a CSV text file: it is an old Excel workbook (.xls) saved under a .csv name.', hint: `${SAVE_AS}.` } };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes)) {
    return { problem: { message: 'is UTF-16 text (Excel\'s "Unicode Text"), not UTF-8.', hint: `this file is UTF-16: ${SAVE_AS}.` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first byte that is not UTF-8, to give its line.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    const binary = bytes.subarray(0, 2000).filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length > 8;
    return binary
      ? { problem: { message: 'is not a CSV text file: it holds binary data.', hint: `check that this is the table you meant; ${SAVE_AS}.` } }
      : {
          problem: {
            line,
            message: 'is not valid UTF-8 text: this line has characters in another encoding (Excel\'s plain "CSV" format writes Windows-1252).',
            hint: `${SAVE_AS}.`,
          },
        };
  }
  if (text.includes('\u0000')) {
    return { problem: { message: 'is not a CSV text file: it holds binary data (NUL bytes).', hint: `check that this is the table you meant; ${SAVE_AS}.` } };
  }
  return { text };
}

/**
 * The header line's separator problem: a header with no comma but semicolons (or tabs) between the
 * expected column names is a European-locale (or tab-separated) export. Checked before parsing, because
 * such a file's decimal commas would otherwise be read as column breaks.
 */
export function separatorProblem(text: string): TextProblem | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim() !== '');
  const header = lines[at];
  if (header === undefined || header.includes(',')) return undefined;
  for (const [sep, name] of [[';', "';' (semicolons)"], ['\t', 'tabs']] as const) {
    if (header.split(sep).length > 2) {
      return {
        line: at + 1,
        message: `uses ${name} between columns, not commas.`,
        hint: `this file uses ${sep === ';' ? "';'" : 'tabs'} between columns: export it as CSV UTF-8 (comma), i.e. ${SAVE_AS}; numbers keep a dot as the decimal mark (80.5).`,
      };
    }
  }
  return undefined;
}
