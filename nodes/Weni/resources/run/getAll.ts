import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import type { OperationContext } from '../../../shared/definitions';
import { afterField, beforeField, contactField, flowField } from '../../descriptions';
import { cursor, endpoint } from '../../provider';
import { addDateRange, contactFilterUuid, locatorText, refOf, uuidRule } from '../../readers';

/**
 * What Simplify keeps of a run: FlowRunReadSerializer's fields without `path`,
 * `start`, `values` and the deprecated `id` (temba/api/v2/serializers.py of
 * weni-ai/rapidpro and weni-ai/flows); the answers are added one per result key.
 */
const KEPT = [
	'uuid',
	'flow',
	'contact',
	'responded',
	'created_on',
	'modified_on',
	'exited_on',
	'exit_type',
];

/**
 * A run with its `values` (`{<result key>: {name, value, category, node, time, …}}`)
 * flattened to `<result key>: value`. Result keys are snake_case names; one that
 * would hide a run field (a result named "Flow") is kept as `result_<key>`.
 */
function flattened(run: IDataObject): IDataObject {
	const out: IDataObject = Object.fromEntries(KEPT.filter((k) => k in run).map((k) => [k, run[k]]));
	const values = run.values;
	if (values && typeof values === 'object' && !Array.isArray(values)) {
		for (const [key, result] of Object.entries(values as IDataObject)) {
			const value = result && typeof result === 'object' ? (result as IDataObject).value : result;
			out[KEPT.includes(key) ? `result_${key}` : key] = value ?? null;
		}
	}
	return out;
}

/** A UUID from a Resource Locator inside the Filters collection; undefined when empty. */
function filterUuid(op: OperationContext, name: string, value: unknown): string | undefined {
	if (!locatorText(value)) return undefined;
	const p = op.params;
	return p.checkText(name, refOf(p, name, value), { pattern: uuidRule }).toLowerCase();
}

/**
 * `GET runs.json`: RunsEndpoint (temba/api/v2/views.py of weni-ai/rapidpro
 * and weni-ai/flows): filters `flow` and `contact` (UUIDs, not
 * both: `exclusive_params`), `responded` (str_to_bool: only true filters),
 * `before`/`after` on modified_on; most recently modified first, cursor pages.
 */
export const getAll = getMany({
	action: 'Get many flow runs',
	description: "List flow runs (a contact's path through a flow, with its answers), newest first",
	simplify: flattened,
	simplifyDescription:
		'Whether to return the main fields with one field per flow result (its value) instead of the raw run',
	filters: [
		{
			...contactField,
			required: false,
			description: 'Only the runs of this contact, by UUID or URN (not together with Flow)',
		},
		{
			...flowField,
			required: false,
			description: 'Only the runs of this flow (not together with Contact)',
		},
		afterField,
		beforeField,
		{
			displayName: 'Responded Only',
			name: 'responded',
			type: 'boolean',
			default: false,
			description: 'Whether to list only the runs where the contact responded',
		},
	],
	request: async (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		const flow = filterUuid(op, 'flow', filters.flow);
		if (flow && locatorText(filters.contact)) {
			// Both servers answer 400 "You may only specify one of the contact, flow parameters".
			throw p.invalid(
				'contact',
				'cannot be used together with Flow: Weni filters runs by one of them',
				'Filter by one, then keep the other with an If or Filter node.',
			);
		}
		if (flow) qs.flow = flow;
		if (p.checkBoolean('responded', filters.responded)) qs.responded = true;
		addDateRange(p, filters, qs);
		// Last: a contact given by URN costs a lookup, made once every input is checked.
		const contact = await contactFilterUuid(op, 'contact', filters.contact);
		if (contact) qs.contact = contact;
		return { method: 'GET', path: endpoint('runs'), qs };
	},
	pagination: cursor,
});
