/**
 * When a figure is superseded rather than revised. A revision is the same measure, re-stated: the change
 * between the two values means something. A figure is superseded when the new value is a different measure:
 * - its kind changed (company guidance replaced by the reported figure, an estimate by a reported one), or
 * - the row says `like_for_like` false (schema.ts OPTIONAL_FIELDS): the definition, scope or basis changed.
 * Diffs, revision notes and the changes page then name both measures ("guidance of ~$100 billion was
 * superseded by reported $131.8 billion") and print no absolute or percentage change. Pure.
 */
import type { Kind } from './units.ts';

export interface Supersession {
  /** `kind`: the kind changed; `definition`: same kind, but the row says it is not like for like. */
  reason: 'kind' | 'definition';
  from: Kind;
  to: Kind;
}

export function supersession(before: { kind: Kind }, after: { kind: Kind; like_for_like?: boolean | undefined }): Supersession | undefined {
  if (before.kind !== after.kind) return { reason: 'kind', from: before.kind, to: after.kind };
  if (after.like_for_like === false) return { reason: 'definition', from: before.kind, to: after.kind };
  return undefined;
}

/**
 * "guidance of ~100 was superseded by reported 131.8", from the two values already written out with their
 * kind words; a definition change says so, since both sides carry the same kind.
 */
export function supersededText(s: Supersession, before: string, after: string, kindWord: (k: Kind) => string): string {
  const tail = s.reason === 'definition' ? ', a measure defined differently (not like for like)' : '';
  // "guidance of ~$100 billion", "an estimate of", but "reported $64.6 billion".
  const was = s.from === 'reported' ? `${kindWord(s.from)} ${before}` : `${kindWord(s.from)} of ${before}`;
  return `${was} was superseded by ${kindWord(s.to)} ${after}${tail}`;
}
