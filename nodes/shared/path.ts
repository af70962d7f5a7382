import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Encodes one id for a URL path so it cannot leave its segment: `/`, `?`, `#`
 * and `%` are percent-encoded, and dot segments (which URL parsers resolve
 * even when encoded) are refused.
 */
export function pathSegment(node: INode, value: unknown, field: string, itemIndex = 0): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text === '') {
		throw new NodeOperationError(node, `"${field}" is required [item ${itemIndex}]`, {
			itemIndex,
			description: `Enter a value for "${field}".`,
		});
	}
	if (/^(\.|%2e){1,2}$/i.test(text)) {
		throw new NodeOperationError(node, `"${field}" is not a valid id [item ${itemIndex}]`, {
			itemIndex,
			description: `"${text}" would change the request path.`,
		});
	}
	return encodeURIComponent(text);
}
