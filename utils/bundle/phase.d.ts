export function phase(name: string): void;
