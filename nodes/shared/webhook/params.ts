import type { IHookFunctions, INode, INodeProperties, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { labelsOf } from '../params';
import type { FieldRules } from '../validation';
import { checkText, invalid } from '../validation';

/** Option values of an options/multiOptions property, by parameter name. */
function choicesOf(properties: INodeProperties[]): Record<string, string[]> {
	const choices: Record<string, string[]> = {};
	for (const p of properties) {
		if (
			(p.type === 'options' || p.type === 'multiOptions') &&
			Array.isArray(p.options) &&
			!p.typeOptions?.loadOptionsMethod
		) {
			choices[p.name] = (p.options as Array<{ value?: unknown }>).map((o) => String(o.value));
		}
	}
	return choices;
}

/**
 * The trigger-side sibling of Params: reads a trigger's parameters during
 * activation (IHookFunctions) or, when nothing was stored yet, a delivery
 * (IWebhookFunctions). Labels and allowed values come from the node's own
 * properties, so "Events", "Resthook" and "Number" are checked one way, and a
 * failure names the field as the editor shows it.
 */
export class TriggerParams {
	private readonly labels: Record<string, string>;

	private readonly choices: Record<string, string[]>;

	constructor(
		private readonly ctx: IHookFunctions | IWebhookFunctions,
		properties: INodeProperties[],
	) {
		this.labels = labelsOf(properties);
		this.choices = choicesOf(properties);
	}

	get node(): INode {
		return this.ctx.getNode();
	}

	label(name: string): string {
		return this.labels[name] ?? name;
	}

	raw(name: string, fallback?: unknown): unknown {
		return (this.ctx.getNodeParameter as (n: string, f?: unknown) => unknown)(name, fallback);
	}

	/** A text parameter (a dropdown filled by the API or an expression included), validated. */
	readText(name: string, rules: FieldRules = {}): string {
		return checkText(this.node, this.label(name), 0, this.raw(name, ''), rules);
	}

	/** Checks a value as the text field `name` (see Params.checkText). */
	checkText(name: string, value: unknown, rules: FieldRules = {}): string {
		return checkText(this.node, this.label(name), 0, value, rules);
	}

	/** The error for a bad value of the field `name` (see Params.invalid). */
	invalid(name: string, problem: string, hint?: string): NodeOperationError {
		return invalid(this.node, this.label(name), 0, problem, hint);
	}

	/** One value of a fixed dropdown. */
	choice(name: string, fallback?: string): string {
		const value = this.raw(name, fallback) ?? fallback;
		return checkText(this.node, this.label(name), 0, value, {
			required: true,
			oneOf: this.choices[name],
		});
	}

	/** A multi-select of events: at least one, each offered by the node, each once, in the order chosen. */
	events(name = 'events'): string[] {
		const value = this.raw(name, []);
		const label = this.label(name);
		if (!Array.isArray(value) || value.length === 0) {
			throw new NodeOperationError(this.node, `"${label}" is required`, {
				description: `Choose at least one of the "${label}".`,
			});
		}
		const allowed = this.choices[name];
		return [
			...new Set(
				value.map((v) => checkText(this.node, label, 0, v, { required: true, oneOf: allowed })),
			),
		];
	}
}
