/**
 * A syntax error in datapackage.json is reported at its line and column even when V8's message has no
 * position ("Unexpected token 'd', "…" is not valid JSON": a bare word, NaN, a trailing comma in a list).
 */
import { describe, expect, it } from 'vitest';
import { DataError, jsonErrorPosition } from '../../src/lib/data/errors.ts';
import { jsonSyntaxOffset } from '../../src/lib/data/json-syntax.ts';
import { parsePackageJson } from '../../src/lib/data/package-file.ts';
import { validateEdition } from '../../src/lib/data/validate.ts';
import { caseInput } from './data-fixture-helpers.ts';

const positionOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (err) {
    return jsonErrorPosition((err as Error).message, text);
  }
  throw new Error('expected invalid JSON');
};

describe('JSON syntax errors get a line and column', () => {
  it('in the validator, for an unquoted word', () => {
    let message = '';
    try {
      validateEdition(caseInput('datapackage-unquoted-word'));
    } catch (err) {
      expect(err).toBeInstanceOf(DataError);
      message = (err as Error).message;
    }
    expect(message.split('\n').slice(0, 4)).toEqual([
      'Dataset edition 2025-02 is invalid (1 problem).',
      '',
      "content/data/2025-02/datapackage.json:8:13 is not valid JSON: Unexpected token 'd'.",
      '  Hint: look for a missing comma or quote, or a trailing comma before } or ], at or just before this position.',
    ]);
  });

  it('in the CLI\'s reader, for a trailing comma in a list and NaN', () => {
    expect(() => parsePackageJson('{\n  "changelog": [\n    "one",\n  ]\n}\n', 'content/data/2026-09/datapackage.json')).toThrow(
      "content/data/2026-09/datapackage.json:4:3 is not valid JSON: Unexpected token ']'.\nFix the syntax, then run the command again.",
    );
    expect(positionOf('{\n  "bytes": NaN\n}')).toEqual({ line: 2, column: 12, reason: "Unexpected token 'N'" });
    expect(positionOf('{\n  "a": 1\n}x')).toEqual({ line: 3, column: 2, reason: 'Unexpected non-whitespace character after JSON' });
  });

  it('the scanner agrees with JSON.parse on valid text and finds the first bad character', () => {
    const valid = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\u00e9\\n"}, "d": []}';
    expect(jsonSyntaxOffset(valid)).toBeUndefined();
    expect(jsonSyntaxOffset('{"a": 01}')).toBe(7);
    expect(jsonSyntaxOffset('{"a": "\\x"}')).toBe(8);
    expect(jsonSyntaxOffset('{"a": 1,}')).toBe(8);
    expect(jsonSyntaxOffset('')).toBe(0);
  });
});
