/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Screenshots of the nodes in a real n8n editor for the README, taken with
// Debian's headless Chromium against the `npm run dev` instance:
//   npm run dev            (in one terminal)
//   npx tsx scripts/screenshots.ts
import fs from 'node:fs';
import path from 'node:path';

import { chromium } from 'playwright-core';

const base = process.env.N8N_URL ?? 'http://localhost:5678';
const out = path.resolve(__dirname, '../docs/screenshots');
const owner = { email: 'dev@example.com', firstName: 'Dev', lastName: 'User', password: 'Password123' };
const prefix = process.env.NODE_PREFIX ?? 'CUSTOM';

async function login(): Promise<string> {
	let r = await fetch(`${base}/rest/owner/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) });
	if (!r.ok) {
		r = await fetch(`${base}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
	}
	const cookie = r.headers.get('set-cookie');
	if (!r.ok || !cookie) throw new Error(`login failed: ${r.status} ${await r.text()}`);
	return cookie.split(';')[0];
}

interface Shot {
	file: string;
	title: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
}

const shots: Shot[] = [
	{
		file: '2chat-send.png',
		title: '2Chat: send a WhatsApp message',
		nodes: [{ name: '2Chat', type: 'twoChat', parameters: { resource: 'message', operation: 'send', fromNumber: '+5215500000001', toNumber: '={{ $json.phone }}', messageType: 'text', text: '=Hi {{ $json.name }}, your order has shipped.' } }],
	},
	{
		file: 'heyy-send.png',
		title: 'Heyy: send a template message',
		nodes: [{ name: 'Heyy', type: 'heyy', parameters: { resource: 'message', operation: 'send', channelId: 'ch_wa_1', phoneNumber: '={{ $json.phone }}', messageType: 'template' } }],
	},
	{
		file: 'spoki-upsert.png',
		title: 'Spoki: create or update contacts in bulk',
		nodes: [{ name: 'Spoki', type: 'spoki', parameters: { resource: 'contact', operation: 'upsert', phone: '={{ $json.phone }}' } }],
	},
	{
		file: 'weni-start-flow.png',
		title: 'Weni: start a flow',
		nodes: [{ name: 'Weni', type: 'weni', parameters: { resource: 'flow', operation: 'start', urns: '={{ $json.urn }}' } }],
	},
	{
		file: 'spoki-trigger.png',
		title: 'Spoki Trigger',
		nodes: [{ name: 'Spoki Trigger', type: 'spokiTrigger', parameters: { events: ['message.inbound'] } }],
	},
];

async function main() {
	fs.mkdirSync(out, { recursive: true });
	const cookie = await login();
	const [name, value] = cookie.split('=');
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	await context.addCookies([{ name, value, url: base }]);
	const page = await context.newPage();
	for (const shot of shots) {
		const nodes = [
			{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			...shot.nodes.map((n, i) => ({ id: `n${i}`, name: n.name, type: `${prefix}.${n.type}`, typeVersion: 1, position: [260 * (i + 1), 0], parameters: n.parameters })),
		].filter((n) => !(shot.nodes[0].type.endsWith('Trigger') && n.id === 'start'));
		const connections = nodes.length > 1 ? { Start: { main: [[{ node: shot.nodes[0].name, type: 'main', index: 0 }]] } } : {};
		const r = await fetch(`${base}/rest/workflows`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie },
			body: JSON.stringify({ name: shot.title, nodes, connections, settings: { executionOrder: 'v1' }, active: false }),
		});
		const { data } = (await r.json()) as { data: { id: string } };
		await page.goto(`${base}/workflow/${data.id}`);
		const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${shot.nodes[0].name}"]`).first();
		await node.waitFor({ timeout: 90_000 });
		await page.waitForTimeout(1000);
		await node.dblclick();
		await page.waitForSelector('[data-test-id="ndv"], .ndv-wrapper, [data-test-id="node-parameters"]', { timeout: 30_000 }).catch(() => undefined);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: path.join(out, shot.file) });
		process.stdout.write(`saved ${shot.file}\n`);
		await page.keyboard.press('Escape');
	}
	await browser.close();
}

main().catch((error) => {
	process.stderr.write(`${(error as Error).stack}\n`);
	process.exit(1);
});
