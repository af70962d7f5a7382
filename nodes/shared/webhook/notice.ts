import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

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
	/** What the user sets up at the provider first; without it, nothing is. */
	setup?: string;
	/** What publishing registers, in a few words: "one Heyy webhook per event". */
	registers: string;
}

/**
 * The trigger's notice, in three sentences: what to set up, and which URL is
 * registered when. How deliveries are verified and de-duplicated is in the README.
 */
export function triggerNotice(f: NoticeFacts): string {
	return [
		f.setup ?? `Nothing needs setting up in ${f.provider}: choose what to listen to below.`,
		`Publishing the workflow registers ${f.registers} at ${f.provider} with the production URL.`,
		`"Execute step" registers the test URL instead, only while it listens.`,
	].join(' ');
}

/**
 * The trigger panel of n8n 2.x's NDV reads `triggerPanel` (n8n 1.x:
 * `eventTriggerDescription`): the node's own instruction above "Execute step",
 * and test vs production URL in its help. While listening, n8n 2.41.1 shows
 * its own fixed hint. The panel's text is shown as written, so the localhost
 * warning is said for every URL; listening and publishing refuse one the
 * provider cannot reach (subscriptions.ts).
 */
export function listening(
	provider: string,
	header: string,
): Pick<INodeTypeDescription, 'eventTriggerDescription' | 'triggerPanel'> {
	const reach = `${provider} must reach n8n: with n8n on localhost or a private network, set N8N_WEBHOOK_URL (WEBHOOK_URL on n8n 1.x) to a public address, for example a tunnel.`;
	return {
		// n8n 1.x shows eventTriggerDescription while listening.
		eventTriggerDescription: header,
		triggerPanel: {
			header,
			executionsHelp: {
				inactive: `While you build, "Execute step" registers the test URL at ${provider} and removes it when listening stops. Publish the workflow to run it on every event through the production URL. ${reach}`,
				active: `This workflow is published: every event runs it through the production URL and shows under Executions. "Execute step" also registers the test URL, until it stops listening. ${reach}`,
			},
		},
	};
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
