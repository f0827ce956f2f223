import themeCss from '$lib/ui/theme.css?raw';
import { readTokens } from '$gallery/tokens';

// Read from the package's theme.css when the site is built.
export const load = () => ({ tokens: readTokens(themeCss) });
