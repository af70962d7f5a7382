import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../definitions';
import type { Provider } from '../provider';
import type { RequestContext } from '../transport';
import type { RemoteSubscription } from '../webhook/subscriptions';
import type { WaitFacts } from './properties';

/** One reply button: its id (what a button reply carries back) and its title. */
export interface Choice {
	id: string;
	title: string;
	approved: boolean;
}

/** What the contact receives: the text, the reply buttons (approval), and links (form answers). */
export interface Prompt {
	text: string;
	/** Reply buttons; empty for free text and forms. */
	choices: Choice[];
}

/** One inbound message read from a provider's delivery. */
export interface Inbound {
	/** The sender's phone number (E.164 with +) or the provider's contact id, as the wait's URL holds it. */
	sender: string;
	/** Other names of the same sender (a Weni contact's URN beside its UUID). */
	aliases?: string[];
	text?: string;
	/** The id of the reply button or list row tapped, when the delivery carries one. */
	choiceId?: string;
	/** The provider's message id, so the same message delivered twice resumes once. */
	messageId?: string;
}

/**
 * The provider facts of Send and Wait. The shared machinery (run.ts,
 * webhook.ts) does the rest: the wait's secret URL, the registration before
 * the message is sent, verification, the contact check, the outputs, and
 * the removal of the registration.
 */
export interface WaitChannel {
	provider: Provider;
	facts: WaitFacts;
	/** The recipient and channel fields, shown before the message. */
	properties: INodeProperties[];
	/** The contact the wait listens to, in the form `inbound().sender` gives it. */
	contact(op: OperationContext): string;
	/**
	 * Checks what only the provider can tell of the recipient (a contact the
	 * account's server cannot message), before anything is registered or sent;
	 * `contact` checks the fields themselves.
	 */
	check?(op: OperationContext): Promise<void>;
	/** Whether the contact's reply can reach the wait; false: every answer goes through a link. */
	routesReplies(op: OperationContext): boolean;
	/** Sends the prompt: reply buttons for `choices` where the provider has them. */
	send(op: OperationContext, prompt: Prompt): Promise<IDataObject>;
	/** Registers `url` for the contact's next messages; returns the registration id. */
	register(op: OperationContext, url: string): Promise<string>;
	/** The account's registrations (ours and others'), to find and remove ours. */
	registrations(ctx: RequestContext): Promise<RemoteSubscription[]>;
	remove(ctx: RequestContext, id: string): Promise<void>;
	/** The inbound message a delivery carries; undefined for statuses, echoes and other events. */
	inbound(body: IDataObject): Inbound | undefined;
}
