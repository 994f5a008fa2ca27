/**
 * Where a JSON text stops being valid, for the messages V8 gives without a position ("Unexpected token
 * 'x', "…" is not valid JSON": a bare word, NaN, a trailing comma in an array). A strict RFC 8259 scan
 * that stops at the first offending character. Pure.
 */

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** 0-based offset of the first character that makes `text` invalid JSON, or undefined when it is valid. */
export function jsonSyntaxOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new RangeError(String(i));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next) || next === '') {
          i++;
          stop();
        }
        i += next === 'u' ? 6 : 2;
        continue;
      }
      if (ch < ' ') stop();
      i++;
    }
    stop();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') stop();
          string();
          ws();
          if (text[i] !== ':') stop();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return;
        }
        stop();
      }
    }
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    const m = LITERAL.exec(text);
    if (!m) stop();
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) stop();
    return undefined;
  } catch (err) {
    if (err instanceof RangeError) return Number(err.message);
    throw err;
  }
}
