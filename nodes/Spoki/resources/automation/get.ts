import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { automationIdField } from './common';

export const get = records.get(
	'Get an automation',
	'Get an automation with its webhook triggers and timestamps',
	[automationIdField],
	(p) => `${API}/automations/${numericId(p, 'automationId')}/`,
);
