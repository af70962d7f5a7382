import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { channelField } from '../../descriptions';
import { fixedPages } from '../../provider';
import { textField } from '../../../shared/descriptions';

/**
 * GET /whatsapp/conversations/{channel_uuid}: 10 sessions per page, newest first, `page_number`,
 * and `phone_number` (3 to 20 digits) to search (developers.2chat.co/docs/API/WhatsApp/messages/list-conversations).
 */
export const getAll = getMany({
	action: 'Get many conversations of a number',
	description: 'Get the conversations of a connected number, newest first',
	fields: [channelField],
	filters: [
		textField(
			'Phone Number Contains',
			'phone_number',
			'Only conversations whose number contains these digits (3 to 20)',
			{ placeholder: '1415555' },
		),
	],
	request: (op) => {
		const p = op.params;
		const filters = p.collection('filters');
		const qs: IDataObject = {};
		const text = p.checkText('phone_number', filters.phone_number);
		if (text) {
			const digits = text.replace(/[^\d]/g, '');
			qs.phone_number = p.checkText('phone_number', digits, {
				pattern: { regex: /^\d{3,20}$/, hint: 'must have 3 to 20 digits' },
			});
		}
		return { method: 'GET', path: `/whatsapp/conversations/${p.id('channelUuid')}`, qs };
	},
	pagination: fixedPages(10, 'sessions'),
});
