import { describe, expect, it } from 'vitest';
import { exhibitRecords, htmlText } from '../../scripts/lib/search-exhibits.ts';

const page = `<html><body><article data-pagefind-body><h1>The capex <em>question</em></h1>
<figure id="exhibit-hyperscaler-capex" class="exhibit" data-exhibit="hyperscaler-capex">
  <figcaption><p class="exhibit-title" role="heading" aria-level="3"><span class="exhibit-number">Exhibit 1</span> Capex by year &amp; company</p>
  <p class="exhibit-takeaway">All four raised guidance.</p></figcaption>
  <script type="application/json">{"id":"hyperscaler-capex","title":"ignored"}</script>
  <table><tr><th>Amazon</th><td>82.999</td></tr></table>
  <span class="value-tip" data-pagefind-ignore>tooltip text</span>
</figure>
<figure id="exhibit-b" data-exhibit="b"><p class="exhibit-title"><span class="exhibit-number">Exhibit 2</span> Second</p></figure>
</article></body></html>`;

describe('exhibitRecords', () => {
  const records = exhibitRecords(page, '/articles/capex/');

  it('makes one record per exhibit, linking its anchor and naming its article', () => {
    expect(records.map((r) => [r.url, r.meta.title, r.meta.article])).toEqual([
      ['/articles/capex/#exhibit-hyperscaler-capex', 'Exhibit 1: Capex by year & company', 'The capex question'],
      ['/articles/capex/#exhibit-b', 'Exhibit 2: Second', 'The capex question'],
    ]);
  });

  it('opens the content with the title as a sentence, without the exhibit number', () => {
    expect(records[0]!.content).toMatch(/^Capex by year & company\. All four raised guidance\. /);
    expect(records[1]!.content).toBe('Second.');
    expect(records.map((r) => r.content).join(' ')).not.toContain('Exhibit');
  });

  it('indexes the takeaway and the table text, not the JSON spec or ignored tooltips', () => {
    expect(records[0]!.content).toContain('All four raised guidance.');
    expect(records[0]!.content).toContain('Amazon 82.999');
    expect(records[0]!.content).not.toContain('ignored');
    expect(records[0]!.content).not.toContain('tooltip text');
  });
});

describe('htmlText', () => {
  it('decodes entities and squashes whitespace', () => {
    expect(htmlText('<p>A&nbsp;&amp;\n <b>B</b> &#8211; &#x2014;</p>')).toBe('A & B – —');
  });
});
