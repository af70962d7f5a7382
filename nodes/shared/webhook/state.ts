import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

/**
 * What a trigger keeps in its static data (`getWorkflowStaticData('node')`)
 * from one activation to its deliveries. n8n stores static data with the
 * workflow, so every webhook process (queue mode included) reads the same
 * values, and a delivery needs neither the credential nor the node
 * parameters: both cost an expression sandbox each in n8n 2.x.
 */
export interface TriggerState extends IDataObject {
	/** Changes with every lifecycle hook, so a delivery can tell a copy loaded before the hook's save (activation.ts). */
	stamp?: string;
	/** Provider ids of the subscriptions registered at activation. */
	subscriptionIds?: string[];
	/** Registered URL by subscription id (2Chat registers one URL per event). */
	urls?: IDataObject;
	/** The first registered URL (kept for readers of older state). */
	url?: string;
	/** The secret token carried in the registered URLs (token providers). */
	token?: string;
	/** Signing secrets by subscription id (Spoki). */
	secrets?: IDataObject;
	/** The event groups registered, as one key, so a change of events re-registers. */
	groups?: string;
	/** Values a delivery needs that do not depend on the delivery (the chosen events…). */
	settings?: IDataObject;
}

export function stateOf(ctx: IHookFunctions | IWebhookFunctions): TriggerState {
	return ctx.getWorkflowStaticData('node') as TriggerState;
}
