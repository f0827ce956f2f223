/** Entry of /embed.js: start serving the page's embeds as soon as the script runs. */
import { startHostLoader } from './loader';

startHostLoader();
