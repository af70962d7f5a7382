import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../shared/objects';

/**
 * The identity of one resthook call: the flow run's uuid with the step it is
 * on. The payload is goflow's DefaultWebhookPayload (`run: {uuid, created_on}`,
 * `path: [{uuid, node_uuid, arrived_on, exit_uuid}]`; nyaruka/goflow
 * flows/webhooks.go), built while the run is at the "Call Zapier" node, so the
 * last path step is that node. A run passing the node again (a loop) makes a
 * new step: a new call, not a repeat.
 */
export function resthookCallId(body: IDataObject): string | undefined {
	const run = isObject(body.run) ? body.run : undefined;
	const path = Array.isArray(body.path) ? body.path : [];
	const step =
		path.length && isObject(path[path.length - 1])
			? (path[path.length - 1] as IDataObject)
			: undefined;
	const stepId = step?.uuid ?? step?.node_uuid;
	if (typeof run?.uuid !== 'string' || !run.uuid || typeof stepId !== 'string' || !stepId)
		return undefined;
	return `${run.uuid}:${stepId}`;
}
