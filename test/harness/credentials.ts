import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

/**
 * Credentials the way n8n's own CredentialsHelper applies them: the stored
 * values are handed to the node on getCredentials, and `authenticate` of the
 * credential type (generic: headers/qs/body/auth with `={{$credentials.x}}`
 * expressions) is resolved by the workflow's expression engine per request.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Credential type name → stored data. */
	readonly values = new Map<string, ICredentialDataDecryptedObject>();

	/** How many times a node read a credential (the benchmark watches this). */
	reads = 0;

	constructor(private readonly types: Record<string, ICredentialType>) {
		super();
	}

	set(type: string, data: ICredentialDataDecryptedObject): void {
		this.values.set(type, data);
	}

	getParentTypes(name: string): string[] {
		return (this.types[name]?.extends ?? []) as string[];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const type = this.types[typeName];
		const options = requestOptions as IHttpRequestOptions;
		const authenticate = type?.authenticate;
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, options);
		}
		if (!authenticate || (authenticate as IAuthenticateGeneric).type !== 'generic') return options;
		const resolve = (value: unknown) => {
			if (typeof value !== 'string' || !value.startsWith('=') || !workflow || !node) return value;
			return workflow.expression.getSimpleParameterValue(
				node,
				value,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			);
		};
		for (const [outerKey, outerValue] of Object.entries(
			(authenticate as IAuthenticateGeneric).properties,
		)) {
			const target = ((options as unknown as Record<string, Record<string, unknown>>)[outerKey] ??=
				{});
			for (const [key, value] of Object.entries(outerValue as Record<string, unknown>)) {
				target[String(resolve(key))] = resolve(value);
			}
		}
		return options;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by the engine for execution');
	}

	async getDecrypted(
		_additionalData: unknown,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		this.reads++;
		const data = this.values.get(type);
		if (!data) throw new Error(`No test credential of type "${type}"`);
		return { ...data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.types[type]?.properties ?? [];
	}
}
