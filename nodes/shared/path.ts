import type { INode } from 'n8n-workflow';

import { invalid } from './validation';

/**
 * Encodes one id for a URL path so it cannot leave its segment: `/`, `?`, `#`
 * and `%` are percent-encoded, and dot segments (which URL parsers resolve
 * even when encoded) are refused.
 */
export function pathSegment(node: INode, value: unknown, field: string, itemIndex = 0): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text === '') {
		throw invalid(node, field, itemIndex, 'is required', `Enter a value for "${field}".`);
	}
	if (/^(\.|%2e){1,2}$/i.test(text)) {
		throw invalid(
			node,
			field,
			itemIndex,
			'is not a valid id',
			`"${text}" would change the request path.`,
		);
	}
	return encodeURIComponent(text);
}
