import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { plainField } from '../../../shared/descriptions';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a list',
	description: 'Create a contact list, e.g. for a campaign',
	properties: [plainField('Name', 'name', { required: true, placeholder: 'Newsletter IT' })],
	// POST /api/1/lists/ {name} (MambuSRL/spoki_whatsapp src/Api/Lists.php createList)
	run: async (op) =>
		await op.request({
			method: 'POST',
			path: `${API}/lists/`,
			body: { name: op.params.readText('name', { required: true, maxLength: 255 }) },
		}),
};
