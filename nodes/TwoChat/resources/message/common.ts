import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';
import { locatorValue } from '../../readers';

/**
 * A conversation's session key for a URL path (`WW-WPN…-5215511112222@c.us`). The docs
 * write its `@` as is (developers.2chat.co/docs/API/WhatsApp/get-single-message); `@` is
 * legal in a path segment, so only what could leave the segment is encoded.
 */
export function sessionKeyInPath(p: Params, name: string): string {
	const key = p.checkText(name, locatorValue(p, name), { required: true, maxLength: 300 });
	return p.segment(name, key).replace(/%40/g, '@');
}

/** The path of one message: /whatsapp/message/{session_key}/{uuid}. */
export function messagePath(p: Params): string {
	return `/whatsapp/message/${sessionKeyInPath(p, 'sessionKey')}/${p.id('messageId')}`;
}

/** One message reduced to what a workflow usually reads. */
export function simplifyMessage(m: IDataObject): IDataObject {
	const content = (m.message ?? {}) as IDataObject;
	const media = (content.media ?? {}) as IDataObject;
	return {
		uuid: m.uuid,
		session_key: m.session_key,
		remote_phone_number: m.remote_phone_number,
		sent_by: m.sent_by,
		text: content.text ?? null,
		media_url: media.url ?? null,
		participant: m.participant,
		wa_msg_ack: m.wa_msg_ack,
		created_at: m.created_at,
	};
}

export const sessionKeyField: INodeProperties = {
	displayName: 'Session Key',
	name: 'sessionKey',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'WW-WPN66037eca-…-5215511112222@c.us',
	description:
		'The conversation the message belongs to (`session_key` of a message, a conversation or a trigger item)',
};

export const messageIdField: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'MSG205dec10-…',
	description: 'The message UUID, as a send returns it (`messageId`)',
};
