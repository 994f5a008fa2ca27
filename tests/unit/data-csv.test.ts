import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/lib/data/csv.ts';

const values = (text: string) => parseCsv(text).map((r) => r.cells.map((c) => c.value));

describe('parseCsv', () => {
  it('splits rows and cells with 1-based lines and character columns', () => {
    const rows = parseCsv('id,value\nabc,12.5\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
    expect(rows[1]!.cells).toEqual([
      { value: 'abc', line: 2, column: 1, index: 0 },
      { value: '12.5', line: 2, column: 5, index: 1 },
    ]);
  });

  it('accepts a BOM and CRLF line endings', () => {
    expect(values('\uFEFFa,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('\uFEFFa,b\r\n1,2')[1]!.cells[1]!.column).toBe(3);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('a,b,c\n"x, y","say ""hi""","two\r\nlines",\nnext,1,2,3\n');
    expect(rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines', ''],
      ['next', '1', '2', '3'],
    ]);
    // The row after a multi-line cell starts on the right line.
    expect(rows[2]!.line).toBe(4);
    expect(rows[1]!.cells[2]).toMatchObject({ line: 2, column: 21 });
    // The trailing empty cell sits on the second physical line of the row.
    expect(rows[1]!.cells[3]).toMatchObject({ line: 3, column: 8 });
  });

  it('keeps empty cells, including a trailing one, and skips blank lines', () => {
    expect(values('a,,c,\n\n\n1,2,3,4')).toEqual([['a', '', 'c', ''], ['1', '2', '3', '4']]);
    expect(parseCsv('a\n\nb\n')[1]!.line).toBe(3);
    expect(values('')).toEqual([]);
  });

  it('rejects an unterminated quote at the opening quote', () => {
    let caught: unknown;
    try {
      parseCsv('a,b\n1,"open\nstill open\n');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect(caught).toMatchObject({ line: 2, column: 3, message: 'the quoted cell is never closed: add the closing double quote (")' });
  });

  it('rejects text after a closing quote and a stray quote in an unquoted cell', () => {
    expect(() => parseCsv('"ab"c,d')).toThrow(expect.objectContaining({ line: 1, column: 5 }));
    expect(() => parseCsv('a,b"c')).toThrow(expect.objectContaining({ line: 1, column: 4, message: expect.stringContaining('quote the whole cell') }));
  });
});
