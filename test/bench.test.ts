import type { INodePropertyOptions } from 'n8n-workflow';

import { scenarios } from '../bench/scenarios';
import { pkg, type } from './harness/package';

/** `npm run bench` is not in CI: its scenarios must still name operations the nodes have. */
describe('benchmark scenarios', () => {
	test.each(scenarios.map((s) => [s.name, s] as const))(
		'%s names an existing operation',
		(_, s) => {
			const { properties } = pkg.nodes[type(s.nodeType)].description;
			const { resource, operation } = s.parameters as { resource: string; operation: string };
			const operations = properties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
			);
			expect(operations).toBeDefined();
			expect((operations!.options as INodePropertyOptions[]).map((o) => o.value)).toContain(
				operation,
			);
		},
	);
});
