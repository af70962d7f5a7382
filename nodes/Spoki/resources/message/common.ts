import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';
import { metadataField } from '../../descriptions';
import { readMetadata } from '../../readers';
import { additionalFields, messageTextField } from '../../../shared/descriptions';

/** The body text of an interactive or list message. */
export const bodyTextField = messageTextField({
	description: 'The message body shown above the buttons or the list',
});

/** Footer and metadata, the optional parts the collection documents for interactive and list messages. */
export const interactiveOptions: INodeProperties = additionalFields([
	{
		displayName: 'Footer',
		name: 'footer',
		type: 'string',
		default: '',
		description: 'Small text under the message',
	},
	metadataField,
]);

/**
 * `footer: {text}` and `metadata`, as MambuSRL/spoki_whatsapp src/Api/Messages.php
 * documents them for sendMessageWithButtons and sendMessageList. A `header`
 * is documented as `{format, text}` without the values `format` takes, so the
 * node does not send one (no guessed bodies).
 */
export function readInteractiveOptions(p: Params, body: IDataObject): void {
	const extra = p.collection('additionalFields');
	// WhatsApp's footer limit is 60 characters (Meta Cloud API interactive object).
	const footer = p.checkText('footer', extra.footer, { maxLength: 60 });
	if (footer) body.footer = { text: footer };
	const metadata = readMetadata(p, extra.metadata);
	if (metadata) body.metadata = metadata;
}
