/**
 * Friendly props errors: every component an article uses parses its props through parseProps, so a
 * mistake reads "<Value> got invalid props:" + one line per problem with the closest valid name or
 * option, never a raw ZodError.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ComponentPropsError, parseProps } from '../../src/lib/content/component-props.ts';

const { default: Value } = await import('../../src/components/Value.astro');
const { default: Cite } = await import('../../src/components/Cite.astro');
const { default: ExhibitRef } = await import('../../src/components/ExhibitRef.astro');
const { default: References } = await import('../../src/components/References.astro');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const Schema = z.object({ of: z.string().min(1), style: z.enum(['prose', 'short']).optional(), digits: z.coerce.number().int().min(0).max(6).optional() }).strict();
const errorOf = (props: Record<string, unknown>): string => {
  try {
    parseProps('Value', Schema, props, '<Value of="…" />');
  } catch (e) {
    expect(e).toBeInstanceOf(ComponentPropsError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('parseProps', () => {
  it('returns the parsed props when they are valid', () => {
    expect(parseProps('Value', Schema, { of: 'a.b', digits: '2' }, '')).toEqual({ of: 'a.b', digits: 2 });
  });

  it('lists every problem with the closest valid name or option', () => {
    expect(errorOf({ of: 'a', digit: '1', style: 'shrot' })).toBe(
      [
        '<Value> got invalid props:',
        '  "style" is "shrot", which is not one of its options: did you mean "short"? Valid options: "prose", "short".',
        '  unknown prop "digit": did you mean "digits"? Valid props: of, style, digits.',
        'Write it as <Value of="…" />.',
      ].join('\n'),
    );
  });

  it('says how to add a missing prop and what a number prop needs', () => {
    expect(errorOf({ digits: '9' })).toBe(
      ['<Value> got invalid props:', '  "of" is missing: write of="…".', '  "digits" is "9": use a number of at most 6.', 'Write it as <Value of="…" />.'].join('\n'),
    );
  });
});

describe('article components', () => {
  it('<Value> names a misspelt option and the valid scales', async () => {
    const err = await container.renderToString(Value, { props: { of: 'x', scale: 'milion' } }).catch((e: Error) => e.message);
    expect(err).toMatch(/^<Value> got invalid props:\n {2}"scale" is "milion", which is not one of its options: did you mean "million"\? Valid options: .*"billion"/);
    expect(err).not.toMatch(/ZodError|"code"/);
  });

  it('<Cite> names the closest prop', async () => {
    await expect(container.renderToString(Cite, { props: { ids: 'x', n: '1' } })).rejects.toThrow(
      '<Cite> got invalid props:\n  "id" is missing: write id="…".\n  unknown prop "ids": did you mean "id"? Valid props: id, loc, n.\nWrite it as <Cite id="<source id>" loc="Table 1" /> (n is set by the build).',
    );
  });

  it('<ExhibitRef> and <References> say what is missing', async () => {
    await expect(container.renderToString(ExhibitRef, { props: { ref: 'x' } })).rejects.toThrow(/^<ExhibitRef> got invalid props:\n {2}"id" is missing: write id="…"\.\n {2}unknown prop "ref"/);
    await expect(container.renderToString(References, { props: {} })).rejects.toThrow('<References> got invalid props:\n  "ids" is missing: write ids="…".\n');
  });
});
