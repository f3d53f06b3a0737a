/** What a model name means for one caller: one of their aliases, a global alias, or no alias at all. */
export type AliasResolution =
  | { kind: 'user' | 'global'; alias: string; model: string; mappingId: string }
  /** Not an (enabled) alias: a catalog id, `provider/model`, or a name the provider registry will refuse. */
  | { kind: 'model'; model: string };
