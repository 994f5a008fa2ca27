import { describe, expect, it } from 'vitest';
import { chartHeight } from '../../src/lib/render/chart-config.ts';
import { normalizeSvg, renderExhibitPng, renderExhibitSvg } from '../../src/lib/render/static-chart.ts';
import { sequentialColor, tint } from '../../src/lib/render/palette.ts';
import { capexBar, chartFixtures, distillScatter } from '../fixtures/specs/index.ts';

describe('renderExhibitSvg', () => {
  it.each(chartFixtures.map((s) => [s.id, s] as const))('renders %s as a scalable SVG with text as paths', (_id, spec) => {
    const svg = renderExhibitSvg(spec);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(`width="720" height="${chartHeight(spec)}" viewBox="0 0 720 ${chartHeight(spec)}"`);
    expect(svg).not.toContain('<text');
    // Tick labels are drawn in the muted text colour: as glyph outlines, not <text>.
    expect((svg.match(/<path fill="#555" transform="/g) ?? []).length).toBeGreaterThan(5);
  });

  it('gives the same bytes every time, whatever was drawn before', () => {
    const first = renderExhibitSvg(capexBar);
    renderExhibitSvg(distillScatter);
    expect(renderExhibitSvg(capexBar)).toBe(first);
  });

  it('draws guidance bars in a lighter tint, without texture', () => {
    const svg = renderExhibitSvg(capexBar);
    const strong = sequentialColor('light', 2, 3);
    expect(svg).toContain(`fill="${tint(strong, 'light').toUpperCase()}"`);
    expect(svg).not.toContain('stroke-dasharray');
  });

  it('renders the dark variant on the dark background with the dark palette', () => {
    const dark = renderExhibitSvg(capexBar, 'dark');
    expect(dark).toContain('<rect fill="#121212" width="720" height="405"/>');
    expect(dark).toContain(`fill="${sequentialColor('dark', 0, 3)}"`);
    expect(renderExhibitSvg(capexBar)).toContain('<rect fill="white" width="720" height="405"/>');
  });

  it('renumbers clip-path ids in document order', () => {
    const out = normalizeSvg('<svg a="1" width="10" height="20"><clipPath id="cl_f"/><g clip-path="url(#cl_f)"/><clipPath id="cl_3"/></svg>', 10, 20);
    expect(out).toBe('<svg a="1" width="10" height="20" viewBox="0 0 10 20"><clipPath id="c0"/><g clip-path="url(#c0)"/><clipPath id="c1"/></svg>');
  });
});

describe('renderExhibitPng', () => {
  it('renders a PNG at twice the CSS size', () => {
    const png = renderExhibitPng(capexBar, { scale: 2 });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1440);
    expect(png.readUInt32BE(20)).toBe(810);
  });
});
