export function phase(name: string, detail?: unknown): void;
