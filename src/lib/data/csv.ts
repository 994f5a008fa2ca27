/**
 * RFC 4180 CSV parser that remembers where every cell came from, so validation messages can say
 * `capex.csv:7:12`. Accepts a UTF-8 BOM, CRLF or LF line endings, quoted cells with `""` escapes and
 * line breaks. Blank lines are skipped (an editor's trailing newline is not a row). Pure; no dependency.
 */

export interface CsvCell {
  value: string;
  /** 1-based line where the cell starts. */
  line: number;
  /** 1-based character column where the cell starts (the opening quote for quoted cells). */
  column: number;
  /** 0-based position of the cell in its row. */
  index: number;
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: CsvCell[];
}

/** A syntax error with the position to fix. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.column = column;
  }
}

export function parseCsv(input: string): CsvRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  let cells: CsvCell[] = [];
  let rowLine = 1;

  const isBreak = (at: number) => text[at] === '\n' || (text[at] === '\r' && text[at + 1] === '\n');
  const breakLength = (at: number) => (text[at] === '\r' ? 2 : 1);

  while (i < text.length) {
    // At the start of a row: skip blank lines.
    if (cells.length === 0 && isBreak(i)) {
      i += breakLength(i);
      line++;
      col = 1;
      continue;
    }
    if (cells.length === 0) rowLine = line;
    const cellLine = line;
    const cellCol = col;
    let value = '';
    if (text[i] === '"') {
      i++;
      col++;
      for (;;) {
        if (i >= text.length) {
          throw new CsvSyntaxError('the quoted cell is never closed: add the closing double quote (")', cellLine, cellCol);
        }
        const ch = text[i];
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          break;
        }
        if (isBreak(i)) {
          value += '\n';
          i += breakLength(i);
          line++;
          col = 1;
          continue;
        }
        value += ch;
        i++;
        col++;
      }
      if (i < text.length && text[i] !== ',' && !isBreak(i)) {
        throw new CsvSyntaxError(
          'unexpected text after a closing quote: a quoted cell must end at a comma or the end of the line (write "" for a quote inside the cell)',
          line,
          col,
        );
      }
    } else {
      while (i < text.length && text[i] !== ',' && !isBreak(i)) {
        if (text[i] === '"') {
          throw new CsvSyntaxError('a double quote inside an unquoted cell: quote the whole cell and double the quote ("")', line, col);
        }
        value += text[i];
        i++;
        col++;
      }
    }
    cells.push({ value, line: cellLine, column: cellCol, index: cells.length });
    if (i < text.length && text[i] === ',') {
      i++;
      col++;
      // A trailing comma at the end of the input or line means one more empty cell.
      if (i >= text.length || isBreak(i)) cells.push({ value: '', line, column: col, index: cells.length });
      else continue;
    }
    if (i < text.length && isBreak(i)) {
      i += breakLength(i);
      line++;
      col = 1;
    }
    rows.push({ line: rowLine, cells });
    cells = [];
  }
  return rows;
}
