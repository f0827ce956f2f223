/** The summary line of each visual's text alternative (the disclosure under the graphic), in
 * English; a story page takes its own locale's from the catalogue (i18n). */
import { en } from '../i18n/en';
import type { VisualKind } from '../story/schema';

export const VISUAL_TEXT_LABELS: Record<VisualKind, string> = en.textAlternative;
