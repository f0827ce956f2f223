/**
 * Small shared parts: status badges, source notes and lists, reader-facing dates. Theme them
 * with the `--sc-*` custom properties of `@newsroom/scrolly/theme.css`.
 */
export { default as StatusBadge } from './StatusBadge.svelte';
export { default as SourceRefs } from './SourceRefs.svelte';
export { default as SourcesList } from './SourcesList.svelte';
export { formatDayRange, formatLongDate } from './dates';
