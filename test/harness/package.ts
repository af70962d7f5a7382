import type { ICredentialType, INodeType } from 'n8n-workflow';

import { TwoChatApi } from '../../credentials/TwoChatApi.credentials';
import { TwoChat } from '../../nodes/TwoChat/TwoChat.node';
import { TwoChatTrigger } from '../../nodes/TwoChatTrigger/TwoChatTrigger.node';
import type { Package } from './engine';

export const PACKAGE_NAME = 'n8n-nodes-messaging-suite';

const nodeClasses: INodeType[] = [new TwoChat(), new TwoChatTrigger()];
const credentialClasses: ICredentialType[] = [new TwoChatApi()];

/** Every node and credential of the package, keyed the way n8n registers them. */
export const pkg: Package = {
	nodes: Object.fromEntries(nodeClasses.map((n) => [`${PACKAGE_NAME}.${n.description.name}`, n])),
	credentials: Object.fromEntries(credentialClasses.map((c) => [c.name, c])),
};

export const type = (name: string) => `${PACKAGE_NAME}.${name}`;
