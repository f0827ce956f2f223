export { load, _renderer, _stories } from '../../[slug]/+page';
