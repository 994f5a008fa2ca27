/**
 * The components an article's MDX renders with. One map, used by the article page and by the combined
 * report, so an exhibit or citation looks the same on the web page and in the PDF.
 */
import Cite from './Cite.astro';
import Exhibit from './Exhibit.astro';
import ExhibitRef from './ExhibitRef.astro';
import References from './References.astro';
import Value from './Value.astro';

export const articleComponents = { Exhibit, Value, Cite, ExhibitRef, References };
