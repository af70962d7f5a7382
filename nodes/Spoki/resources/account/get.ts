import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { accountIdField } from './common';

export const get = records.get(
	'Get an account',
	'Get an account with its credit, type, daily limit and quality score',
	[accountIdField],
	(p) => `${API}/accounts/${numericId(p, 'accountId')}/`,
);
