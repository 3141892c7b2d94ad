import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import EditorsNote from '../EditorsNote.astro';

/** MDX component overrides that give every content heading a self-link. */
export const headingComponents = { h2: H2, h3: H3, h4: H4 };

/** What the essay's MDX may use besides headings: the editors' marked notes. */
export const editorialComponents = { ...headingComponents, EditorsNote };
