import { listedField } from '../../../shared/factories';

export const accountIdField = listedField(
	'Account Name or ID',
	'accountId',
	'getAccounts',
	'The Spoki account.',
);
