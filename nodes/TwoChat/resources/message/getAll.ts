import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { fixedPages } from '../../provider';
import { fromNumberField, groupField } from '../../descriptions';
import { phoneInPath } from '../../readers';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List messages of a chat or group',
	description:
		'List the messages of a conversation with one number, of all conversations, or of a group',
	properties: [
		fromNumberField,
		{
			displayName: 'Chat',
			name: 'chatType',
			type: 'options',
			options: [
				{ name: 'With a Phone Number', value: 'contact' },
				{ name: 'Group', value: 'group' },
			],
			default: 'contact',
		},
		{
			displayName: 'Remote Number',
			name: 'remoteNumber',
			type: 'string',
			default: '',
			placeholder: '+14155550123',
			description:
				'The other side of the conversation. Leave empty for messages of every conversation.',
			displayOptions: { show: { chatType: ['contact'] } },
		},
		{ ...groupField, displayOptions: { show: { chatType: ['group'] } } },
		...returnAllOrLimit(),
	],
	run: async (op) => {
		const p = op.params;
		const from = phoneInPath(p, 'fromNumber');
		if (p.string('chatType', { oneOf: ['contact', 'group'] }) === 'group') {
			const group = p.id('groupUuid');
			return await op.list(
				{ method: 'GET', path: `/whatsapp/groups/messages/${group}` },
				fixedPages(50, 'messages', 'data'),
			);
		}
		// Phone numbers go in the path with a literal `+`, as in the docs (see readers.ts).
		const remote = p.optionalString('remoteNumber', { phone: true });
		let path = `/whatsapp/messages/${from}`;
		if (remote) path += `/${remote}`;
		return await op.list({ method: 'GET', path }, fixedPages(100, 'messages', 'data'));
	},
};
