/** Helpers of the editor's lists (loadOptions, listSearch) shared by every provider's methods/. */

/** A value shown in a list or looked for by a filter: trimmed text, '' for none. */
export function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** Orders list entries by name, as n8n's own lists are. */
export function byName(a: { name: string }, b: { name: string }): number {
	return a.name.localeCompare(b.name);
}

/** The entries, sorted by name (in place). */
export function sortByName<T extends { name: string }>(entries: T[]): T[] {
	return entries.sort(byName);
}
