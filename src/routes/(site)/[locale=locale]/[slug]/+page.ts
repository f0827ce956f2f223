export { csr, load, _renderer, _stories, _script } from '../../[slug]/+page';
