import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ApiFailure } from './errors';
import { apiFailureOf, passOn } from './errors';
import type { OperationContext, OperationResult } from './definitions';

/**
 * WhatsApp's customer-service window: free-form messages reach a contact only
 * within 24 hours of the contact's last message; after that only approved
 * templates do (developers.facebook.com/docs/whatsapp/pricing#customer-service-windows;
 * error 131047 "Re-engagement message", developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
 */
export const WINDOW_MS = 24 * 60 * 60 * 1000;

/** Meta's code for a free-form message refused outside the window (Cloud API), and the On-Premises API's. */
const META_WINDOW_CODES = [131047, 470];

export interface WindowTemplate {
	id: string;
	/** Name and value pairs, in the order given (providers taking positional values use the order). */
	variables: Array<{ name: string; value: string }>;
}

/** What a provider knows about the window; every part is optional but `sendTemplate`. */
export interface WindowFacts {
	/**
	 * When the contact last wrote (ISO text), null when it never did, or
	 * undefined when the provider could not tell: a lookup made before sending.
	 */
	lastInbound?(op: OperationContext): Promise<string | null | undefined>;
	/** Whether a failed send was the provider refusing free text outside the window, read from its answer's structure. */
	isRefusal?(failure: ApiFailure): boolean;
	/**
	 * Refuses, before anything is sent, a template the provider would refuse
	 * later (or not at all where it cannot send templates): called when
	 * "Send a Template Instead" is chosen, whether or not the window is open.
	 */
	checkTemplate?(op: OperationContext, template: WindowTemplate): Promise<void>;
	/** True where the provider fills a template's variables by name (else by their order). */
	variablesByName?: boolean;
	/** Sends the chosen template to the same recipient. */
	sendTemplate(op: OperationContext, template: WindowTemplate): Promise<OperationResult>;
	/** How the provider names a template, for the Template field's description. */
	templateHint: string;
}

type Policy = 'send' | 'fail' | 'template';

/** The choices of "Outside the 24-Hour Window". */
const POLICIES: INodePropertyOptions[] = [
	{
		name: 'Fail With a Clear Error Before Sending',
		value: 'fail',
		description: 'Stop with an error naming the contact and when they last wrote, without sending',
	},
	{
		name: 'Send Anyway',
		value: 'send',
		description: "Send the message; the provider's refusal (if any) fails the item",
	},
	{
		name: 'Send a Template Instead',
		value: 'template',
		description:
			'Send the chosen template when the window is known to be closed, or once when the provider refuses the message for the window',
	},
];

/** The send's "Outside the 24-hour Window" fields. */
export function windowFields(facts: Pick<WindowFacts, 'templateHint'>): INodeProperties[] {
	const template = { show: { outsideWindow: ['template'] } };
	return [
		{
			displayName: 'Outside the 24-Hour Window',
			name: 'outsideWindow',
			type: 'options',
			default: 'send',
			description:
				"What to do when the contact last wrote more than 24 hours ago: WhatsApp then delivers only approved templates. The node knows it from Last Inbound At, from the provider where it tells, or from the provider's refusal.",
			options: POLICIES,
		},
		{
			displayName: 'Last Inbound At',
			name: 'lastInboundAt',
			type: 'string',
			default: '',
			placeholder: "{{ $('Trigger').item.json.timestamp }}",
			description:
				'When the contact last wrote (ISO date and time, or Unix time in seconds or milliseconds), for example from the trigger item; empty lets the node ask the provider where it can',
			displayOptions: { show: { outsideWindow: ['fail', 'template'] } },
		},
		{
			displayName: 'Window Template',
			name: 'windowTemplate',
			type: 'string',
			required: true,
			default: '',
			description: `The approved template sent instead: ${facts.templateHint}`,
			displayOptions: template,
		},
		{
			displayName: 'Window Template Variables',
			name: 'windowTemplateVariables',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Variable',
			default: {},
			description:
				"The template's variables: by name where the provider names them, otherwise in the order given",
			displayOptions: template,
			options: [
				{
					displayName: 'Variable',
					name: 'variable',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
	];
}

function readTemplate(op: OperationContext, facts: WindowFacts): WindowTemplate {
	const p = op.params;
	const id = p.readText('windowTemplate', { required: true, maxLength: 200 });
	const variables = p.entries('windowTemplateVariables', 'variable').map((entry) => ({
		name: p.checkText('windowTemplateVariables', entry.name, { maxLength: 100 }),
		value: p.checkText('windowTemplateVariables', entry.value, { maxLength: 1024 }),
	}));
	if (facts.variablesByName && variables.some((v) => !v.name))
		throw p.invalid(
			'windowTemplateVariables',
			'needs a name for each variable',
			`The template's variables go by name: ${facts.templateHint}.`,
		);
	return { id, variables };
}

/**
 * The last inbound time given on the node, checked; undefined when left empty. Dates as every date
 * field reads them (a time without a zone in the workflow's timezone), and Unix time as trigger
 * items carry it: WhatsApp's own webhooks give `timestamp` in seconds, as a string
 * (developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components, messages object); a
 * JavaScript timestamp has 13 digits.
 */
function givenLastInbound(op: OperationContext): string | undefined {
	const raw = op.params.raw('lastInboundAt', '');
	const epoch = typeof raw === 'string' && /^\d{9,13}$/.test(raw.trim()) ? Number(raw) : raw;
	const value =
		typeof epoch === 'number' && Number.isFinite(epoch)
			? new Date(epoch < 1e12 ? epoch * 1000 : epoch)
			: raw;
	return op.params.checkDate('lastInboundAt', value);
}

const closed = (last: string | null, now = Date.now()) =>
	last === null || now - new Date(last).getTime() > WINDOW_MS;

/**
 * Runs a free-form send under the "Outside the 24-hour Window" policy.
 * Everything the policy needs is read before any request. When the last
 * inbound time is known (given, or looked up) and over 24 hours old, "fail"
 * stops before sending and "template" sends the template instead. Otherwise
 * the message is sent; when the provider refuses it for the window
 * (recognised from its answer's structure), "template" sends the template,
 * once. The output says which was sent under `window`.
 */
export async function sendWithinWindow(
	op: OperationContext,
	facts: WindowFacts,
	recipient: string,
	send: () => Promise<OperationResult>,
): Promise<OperationResult> {
	const policy = op.params.readText('outsideWindow', {
		oneOf: ['send', 'fail', 'template'],
	}) as Policy;
	if (!policy || policy === 'send') return await send();
	const template = policy === 'template' ? readTemplate(op, facts) : undefined;
	let last: string | null | undefined = givenLastInbound(op);
	if (template) await facts.checkTemplate?.(op, template);
	if (last === undefined && facts.lastInbound) last = await facts.lastInbound(op);
	if (last !== undefined && closed(last)) {
		if (template) return withWindow(await facts.sendTemplate(op, template), 'template', last);
		throw op.params.fail(
			`The 24-hour window with ${recipient} is closed`,
			`${
				last === null ? 'The contact has never written' : `The contact last wrote at ${last}`
			}, so WhatsApp accepts only an approved template. Nothing was sent. Send a template, or set "Outside the 24-Hour Window" to "Send a Template Instead".`,
		);
	}
	if (policy === 'fail' && last === undefined)
		throw op.params.invalid(
			'lastInboundAt',
			'is needed to check the 24-hour window',
			'This provider does not tell when a contact last wrote: give the time of their last message (for example from the trigger item), or choose "Send a Template Instead".',
		);
	try {
		return withWindow(await send(), 'message', last ?? null);
	} catch (error) {
		const failure = apiFailureOf(error);
		if (!template || !failure || !facts.isRefusal?.(failure)) throw passOn(error);
		// The provider refused the message, so nothing reached the contact: the template goes once.
		return withWindow(await facts.sendTemplate(op, template), 'template', last ?? null, true);
	}
}

function withWindow(
	result: OperationResult,
	sent: 'message' | 'template',
	lastInboundAt: string | null,
	refused = false,
): OperationResult {
	const window: IDataObject = { sent, lastInboundAt, ...(refused ? { refused: true } : {}) };
	if (Array.isArray(result)) return result;
	return { ...result, window };
}

/** Whether a value is one of Meta's window codes, as a number or its text. */
const isMetaWindowCode = (value: unknown) =>
	(typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) &&
	META_WINDOW_CODES.includes(Number(value));

/**
 * Whether any of `paths` in an answer holds one of Meta's window codes: a path
 * names keys from the body down; a list on the way is searched entry by entry.
 */
export function metaWindowCodeAt(body: unknown, paths: string[][]): boolean {
	const at = (value: unknown, path: string[]): unknown[] => {
		if (Array.isArray(value)) return value.flatMap((entry) => at(entry, path));
		if (!path.length) return [value];
		if (value === null || typeof value !== 'object') return [];
		return at((value as IDataObject)[path[0]], path.slice(1));
	};
	return paths.some((path) => at(body, path).some(isMetaWindowCode));
}

/**
 * A refusal carrying one of Meta's window codes at one of `paths`: in a 4xx answer, or in a 2xx one
 * the provider marks failed (2Chat's `success: false` comes with either status).
 */
export function metaWindowRefusal(paths: string[][]): (failure: ApiFailure) => boolean {
	const refusal = (status: number) =>
		(status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
	return (failure) => refusal(failure.status) && metaWindowCodeAt(failure.body, paths);
}
