/**
 * Recognising a DataError by its name rather than its class: report modules (content/articles/*) are
 * imported from their file URLs and may load their own copy of src/lib/data/errors.ts, whose DataError is
 * a different class, so `instanceof DataError` would miss it. Anything else (a TypeError in an exhibit
 * function) is a bug and must surface.
 */
export function isDataError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'DataError';
}
