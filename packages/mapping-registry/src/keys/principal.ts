export type Role = 'admin' | 'user';

/** Who is calling: the key that authenticated and the owner it acts for. */
export interface Principal {
  readonly keyId: string;
  readonly ownerId: string;
  readonly role: Role;
}
