import type { IDataObject, INode, NodeOperationError } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import type { FieldRules } from '../validation';

/** What reads the wait's parameters: an item's Params when sending, TriggerParams in the webhook. */
export interface ParamReader {
	node: INode;
	raw(name: string, fallback?: unknown): unknown;
	readText(name: string, rules?: FieldRules): string;
	checkText(name: string, value: unknown, rules?: FieldRules): string;
	invalid(name: string, problem: string, hint?: string): NodeOperationError;
}

export type ResponseType = 'approval' | 'freeText' | 'customForm';

export interface FormField {
	label: string;
	type: string;
	required: boolean;
	options: string[];
}

export interface WaitConfig {
	message: string;
	responseType: ResponseType;
	/** Approve and Disapprove (two buttons) or Approve Only. */
	double: boolean;
	approveLabel: string;
	disapproveLabel: string;
	fields: FormField[];
	/** When the wait ends without an answer (n8n's WAIT_INDEFINITELY when unlimited). */
	waitTill: Date;
	linkLabel: string;
	formTitle: string;
	formDescription: string;
	formButton: string;
}

const RESPONSE_TYPES: ResponseType[] = ['approval', 'freeText', 'customForm'];
const BUTTON: FieldRules = { maxLength: 20 };
const MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as Record<string, number>;

function object(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};
}

/**
 * When the wait ends, as n8n computes it (n8n-io/n8n packages/nodes-base/utils/
 * sendAndWait/configureWaitTillDate.util.ts): an interval from now, or a date.
 */
function waitTillOf(p: ParamReader, limit: IDataObject): Date {
	if (Object.keys(limit).length === 0) return WAIT_INDEFINITELY;
	let when: Date;
	if ((limit.limitType ?? 'afterTimeInterval') === 'afterTimeInterval') {
		const amount = Number(limit.resumeAmount ?? 1);
		when = new Date(Date.now() + amount * (MS[String(limit.resumeUnit ?? 'hours')] ?? NaN));
	} else {
		when = new Date(String(limit.maxDateAndTime ?? ''));
	}
	if (isNaN(when.getTime()))
		throw p.invalid(
			'limitWaitTime',
			'is not a time',
			'Set "Amount" and "Unit", or a valid "Max Date and Time".',
		);
	return when;
}

/** The wait's settings from the first item, checked before anything is sent (as n8n reads them). */
export function readConfig(p: ParamReader): WaitConfig {
	const responseType = p.readText('responseType', {
		required: true,
		oneOf: RESPONSE_TYPES,
	}) as ResponseType;
	const approval = object(object(p.raw('approvalOptions', {})).values);
	const options = object(p.raw('options', {}));
	const fields = (object(p.raw('formFields', {})).values ?? []) as IDataObject[];
	const config: WaitConfig = {
		message: p.readText('message', { required: true }),
		responseType,
		double: approval.approvalType === 'double',
		// Reply buttons' titles: WhatsApp takes at most 20 characters (Cloud API, interactive
		// reply buttons: developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages).
		approveLabel: p.checkText('approveLabel', approval.approveLabel || 'Approve', BUTTON),
		disapproveLabel: p.checkText('disapproveLabel', approval.disapproveLabel || 'Decline', BUTTON),
		fields: (Array.isArray(fields) ? fields : []).map((f) => ({
			label: String(f.fieldLabel ?? '').trim(),
			type: String(f.fieldType ?? 'text'),
			required: f.requiredField === true,
			options: String(f.fieldOptions ?? '')
				.split(',')
				.map((o) => o.trim())
				.filter(Boolean),
		})),
		waitTill: waitTillOf(p, object(object(options.limitWaitTime).values)),
		linkLabel: String(options.messageButtonLabel || 'Respond'),
		formTitle: String(options.responseFormTitle ?? ''),
		formDescription: String(options.responseFormDescription ?? ''),
		formButton: String(options.responseFormButtonLabel || 'Submit'),
	};
	if (responseType === 'customForm') {
		if (config.fields.length === 0 || config.fields.some((f) => !f.label))
			throw p.invalid('formFields', 'needs at least one field, each named');
	}
	return config;
}
