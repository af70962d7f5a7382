import { listedField } from '../../../shared/descriptions';

export const accountIdField = listedField(
	'Account Name or ID',
	'accountId',
	'getAccounts',
	'The Spoki account.',
);
