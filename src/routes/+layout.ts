// Every page is prerendered to static HTML; trailing slashes give each page its own folder
// (`/american-plan/index.html`), which any static host serves without configuration.
export const prerender = true;
export const trailingSlash = 'always';
