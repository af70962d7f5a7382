import type { INodeProperties } from 'n8n-workflow';

/** Words an event's action keeps as written (names and acronyms). */
const PROPER = new Set(['WhatsApp', 'SMS', 'Instagram', 'Spoki', 'Heyy', 'Weni', '2Chat']);

/** The node panel's action for an event option: "WhatsApp Message Received" → "On WhatsApp message received". */
export function eventAction(name: string): string {
	return `On ${name
		.split(' ')
		.map((w) => (PROPER.has(w) ? w : w.toLowerCase()))
		.join(' ')}`;
}

export interface NoticeFacts {
	provider: string;
	/** What publishing registers, e.g. "one Heyy API webhook per event". */
	registers: string;
	/** How a delivery is proven to come from the provider. */
	verifiedBy: 'token' | 'signature';
	/** How to make the provider send a first delivery while listening. */
	tryIt: string;
}

/** The trigger notice: what Publish does, what listening does, where the secret is, how to try it. */
export function triggerNotice(f: NoticeFacts): string {
	const secret =
		f.verifiedBy === 'token'
			? `The URL registered at ${f.provider} is the production URL shown under Webhook URLs plus a secret "?token=…" that the panel does not show; deliveries without it are refused with 401. After a change of the credential's key the registered URL keeps working until the next publish or activation, which registers a new URL.`
			: `${f.provider} signs every delivery; unsigned, wrongly signed or stale deliveries are refused with 401.`;
	return [
		`Publishing (activating) this workflow registers ${f.registers} at ${f.provider}; deactivating removes it.`,
		`Listening in the editor ("Execute step" or "Execute workflow") registers the test URL at ${f.provider} and removes it when listening stops.`,
		secret,
		'A repeated delivery starts no second execution.',
		`To try it: ${f.tryIt}.`,
	].join(' ');
}

/**
 * The canvas subtitle of a trigger with an "Events" list: the chosen events by
 * the names the user picked ("WhatsApp message received"), not raw values.
 */
export function eventsSubtitle(properties: INodeProperties[]): string {
	const events = properties.find((p) => p.name === 'events');
	const names: Record<string, string> = {};
	for (const option of (events?.options ?? []) as Array<{ name: string; value?: unknown }>) {
		if (typeof option.value === 'string') names[option.value] = option.name;
	}
	return `={{ ($parameter["events"] || []).map((e) => (${JSON.stringify(names)})[e] || e).join(", ") }}`;
}
