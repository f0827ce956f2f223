export { load } from '../../../[slug]/[visual]/+page';
