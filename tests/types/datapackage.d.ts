// The datapackage library ships no types; the tests use this much of it.
declare module 'datapackage' {
  export interface Resource {
    name: string;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: { profile?: string };
    readonly resources: Resource[];
  }
}
