/**
 * The kinds of visual a scrolly section can show. No dependencies, so browser code can import
 * it without pulling the schema validator in.
 */
export const VISUALS = ['timeline', 'transcript', 'draft-path', 'network'] as const;
