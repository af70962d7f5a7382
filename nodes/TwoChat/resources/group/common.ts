import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import type { Params } from '../../../shared/params';
import { fromNumberField, groupField } from '../../descriptions';
import { idValue, locatorValue, phone } from '../../readers';

/** At most 10 numbers per request (2ChatCo/agent-skills skills/2chat-whatsapp-groups/SKILL.md). */
export const MAX_PARTICIPANTS = 10;

export const participantsField: INodeProperties = {
	displayName: 'Participants',
	name: 'participants',
	type: 'string',
	required: true,
	default: '',
	placeholder: '+14155550123, +447700176576',
	description: `Phone numbers in international format, separated by commas or new lines (${MAX_PARTICIPANTS} at most per request)`,
};

/** The Participants field as a list of E.164 numbers, each checked, at most 10. */
export function readParticipants(p: Params): string[] {
	const numbers = p.list('participants', undefined, Infinity, /[,;\n]/);
	if (numbers.length === 0) throw p.required('participants', 'Add at least one phone number.');
	if (numbers.length > MAX_PARTICIPANTS) {
		throw p.tooMany(
			'participants',
			numbers.length,
			'numbers',
			`2Chat takes at most ${MAX_PARTICIPANTS} per request`,
			'Split them over several items.',
		);
	}
	return numbers.map((n) => p.checkText('participants', n, { phone: true }));
}

/** The group a write acts on, for per-recipient ordering. */
export const groupRecipient = (p: Params): string =>
	`group:${String(locatorValue(p, 'groupUuid'))}`;

/**
 * POST /whatsapp/group/{uuid}/{action} with `{from_number, participants}`, the body 2Chat's
 * skill documents for add, remove, promote and demote (skills/2chat-whatsapp-groups/SKILL.md);
 * the answer lists `accepted_numbers` and `unaccepted_numbers`.
 */
export function participantOperation(
	value: string,
	name: string,
	action: string,
	path: string,
	description: string,
): OperationDef {
	return {
		value,
		name,
		action,
		description,
		properties: [fromNumberField, groupField, participantsField],
		recipient: (op) => groupRecipient(op.params),
		run: async (op) => {
			const p = op.params;
			const body: IDataObject = {
				from_number: phone(p, 'fromNumber'),
				participants: readParticipants(p),
			};
			const group = p.segment('groupUuid', idValue(p, 'groupUuid'));
			const answer = await op.request<IDataObject>({
				method: 'POST',
				path: `/whatsapp/group/${group}/${path}`,
				body,
			});
			const id = decodeURIComponent(group);
			// groupId, as Create names it, so a workflow reads one name along a group's operations;
			// group_uuid stays for workflows that read it.
			return { groupId: id, group_uuid: id, ...answer };
		},
	};
}
