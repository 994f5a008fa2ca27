// The part of the Frictionless JS implementation (npm `datapackage`, untyped) the tests use.
declare module 'datapackage' {
  interface FrictionlessError {
    message: string;
    errors?: { message: string }[];
  }
  export class Resource {
    readonly name: string;
    readonly descriptor: Record<string, unknown>;
    read(options?: { cast?: boolean; keyed?: boolean }): Promise<unknown[][]>;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: FrictionlessError[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
