import type { OperationDef } from '../../../shared/definitions';
import { fromNumberField } from '../../descriptions';
import { phoneInPath } from '../../readers';

/** GET /whatsapp/check-number/{from}/{to} (developers.2chat.co/docs/API/WhatsApp/check-number). */
export const checkWhatsapp: OperationDef = {
	value: 'checkWhatsapp',
	name: 'Check WhatsApp',
	action: 'Check whether a number is on WhatsApp',
	description: 'Check whether a phone number has a WhatsApp account',
	properties: [
		fromNumberField,
		{
			displayName: 'Number to Check',
			name: 'phoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: '+14155550123',
		},
		{
			displayName: 'Extra Information',
			name: 'extraInformation',
			type: 'boolean',
			default: false,
			description: 'Whether to also fetch the profile (costs two number-check credits)',
		},
	],
	run: async (op) => {
		const p = op.params;
		const from = phoneInPath(p, 'fromNumber');
		const to = phoneInPath(p, 'phoneNumber');
		const qs = p.readBoolean('extraInformation') ? { 'extra-information': true } : undefined;
		return await op.request({ method: 'GET', path: `/whatsapp/check-number/${from}/${to}`, qs });
	},
};
