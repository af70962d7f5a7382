import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../../../shared/definitions';
import { shown } from '../../../shared/validation';
import { flavourOf } from '../../flavour';
import { recipientSchemes } from '../../readers';

/**
 * What Weni Flows would change in flow start params without a word: its
 * FlowStartWriteSerializer passes them through normalize_extra (weni-ai/flows
 * temba/api/v2/serializers.py), which cuts text values to 640 characters,
 * replaces key characters outside [a-zA-Z0-9_] with "_", cuts keys to 255, and
 * drops everything after the 256th value (FLOW_START_PARAMS_SIZE,
 * temba/settings_common.py). Current RapidPro keeps params as given.
 */
export function flowsParamsProblem(params: IDataObject): string | undefined {
	let count = 0;
	const visit = (value: unknown, path: string): string | undefined => {
		count++;
		if (typeof value === 'string' && value.length > 640) {
			return `"${path}" is ${value.length} characters long; Weni Flows keeps only the first 640`;
		}
		if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value as IDataObject)) {
				if (!Array.isArray(value) && (/[^a-zA-Z0-9_]/.test(key) || key.length > 255)) {
					return `the key "${shown(key)}" would be renamed by Weni Flows (only letters, digits and _ are kept)`;
				}
				const problem = visit(child, path ? `${path}.${key}` : key);
				if (problem) return problem;
			}
		}
		return undefined;
	};
	for (const [key, value] of Object.entries(params)) {
		if (/[^a-zA-Z0-9_]/.test(key) || key.length > 255) {
			return `the key "${shown(key)}" would be renamed by Weni Flows (only letters, digits and _ are kept)`;
		}
		const problem = visit(value, key);
		if (problem) return problem;
	}
	return count > 256 ? `it holds ${count} values; Weni Flows keeps only the first 256` : undefined;
}

/** The checks that need to know the server: URN schemes, and on Weni Flows params it would alter. */
export async function serverChecks(op: OperationContext, body: IDataObject): Promise<void> {
	await recipientSchemes(op, body);
	if (!body.params || (await flavourOf(op.ctx)) !== 'flows') return;
	const problem = flowsParamsProblem(body.params as IDataObject);
	if (problem) {
		throw op.params.invalid(
			'params',
			`cannot be sent as they are: ${problem}`,
			'Shorten or rename them so the flow reads exactly what you sent.',
		);
	}
}

/**
 * The length of `json.dumps(value)` in Python with its defaults, as RapidPro
 * measures flow start params ("Cannot exceed 10,000 characters encoded",
 * FlowStartWriteSerializer.validate_params, weni-ai/rapidpro temba/api/v2/serializers.py):
 * `, ` and `: ` separators, and every character outside space..~ written as
 * \uXXXX (ensure_ascii), per UTF-16 unit.
 */
export function pythonJsonLength(value: unknown): number {
	if (value === null || value === undefined) return 4;
	if (Array.isArray(value)) {
		return (
			2 +
			value.reduce<number>((n, v) => n + pythonJsonLength(v), 0) +
			Math.max(0, value.length - 1) * 2
		);
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value as IDataObject).filter(([, v]) => v !== undefined);
		return (
			2 +
			entries.reduce((n, [k, v]) => n + pythonJsonLength(k) + 2 + pythonJsonLength(v), 0) +
			Math.max(0, entries.length - 1) * 2
		);
	}
	const text = JSON.stringify(value);
	let length = 0;
	for (let i = 0; i < text.length; i++) length += text.charCodeAt(i) > 0x7e ? 6 : 1;
	return length;
}
