import type { OperationDef } from '../../../shared/definitions';
import {
	checkAttachments,
	rapidProQuickReplies,
	readMessageContent,
	uploadAttachments,
} from '../../content';
import {
	contactsListField,
	messageContentFields,
	recipientGroupsField,
	urnsListField,
} from '../../descriptions';
import { flavourOf } from '../../flavour';
import { endpoint, weniSent } from '../../provider';
import { readRecipients, recipientSchemes } from '../../readers';

export const send: OperationDef = {
	value: 'send',
	name: 'Send',
	action: 'Send a broadcast',
	description:
		'Send one message to many contacts, URNs and groups at once; Weni takes the text as the workspace language',
	properties: [
		messageContentFields[0],
		contactsListField,
		urnsListField,
		recipientGroupsField,
		messageContentFields[1],
	],
	run: async (op) => {
		const p = op.params;
		const content = readMessageContent(op);
		const body = readRecipients(p, 'Give at least one contact, URN or group to send to.');
		await recipientSchemes(op, body);
		const flavour = await flavourOf(op.ctx);
		if (flavour === 'flows') {
			// weni-ai/flows temba/api/v2/serializers.py BroadcastWriteSerializer: text (required),
			// urns, contacts, groups, ticket. DRF ignores other keys, so attachments or quick
			// replies would be dropped without a word: refused here instead.
			if (content.attachments.length || content.files.length || content.quickReplies.length) {
				throw p.invalid(
					content.quickReplies.length ? 'quickReplies' : 'attachments',
					'cannot go in a broadcast on Weni Flows, which sends text only',
					'Remove them, or send to each contact with Message → Send, which carries attachments and quick replies on WhatsApp.',
				);
			}
			if (!content.text) throw p.required('text', 'Weni Flows broadcasts need a text.');
			return weniSent(
				await op.object({
					method: 'POST',
					path: endpoint('broadcasts'),
					body: { text: content.text, ...body },
				}),
			);
		}
		// weni-ai/rapidpro serializers.py BroadcastWriteSerializer: text, attachments, quick_replies and recipients.
		checkAttachments(op, content, flavour);
		if (content.text) body.text = content.text;
		const attachments = await uploadAttachments(op, content, flavour);
		if (attachments.length) body.attachments = attachments;
		if (content.quickReplies.length) body.quick_replies = rapidProQuickReplies(content);
		return weniSent(await op.object({ method: 'POST', path: endpoint('broadcasts'), body }));
	},
};
