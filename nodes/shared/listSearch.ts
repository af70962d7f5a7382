import type { INodeListSearchItems } from 'n8n-workflow';

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

/**
 * A list search's entries: the items with a text (as `texts` gives them) that contains
 * the typed filter, in any case (all of them when none is typed), each as `{name, value}`.
 */
export function searchEntries<T>(
	items: T[],
	filter: string | undefined,
	texts: (item: T) => string[],
	entry: (item: T) => INodeListSearchItems,
): INodeListSearchItems[] {
	const needle = filter ? filter.toLowerCase() : '';
	const found = needle
		? items.filter((item) => texts(item).some((t) => t.toLowerCase().includes(needle)))
		: items;
	return found.map(entry);
}
