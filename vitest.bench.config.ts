import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Benchmarks print their figures; they assert nothing about timings.
export default mergeConfig(base, defineConfig({ test: { include: ['bench/**/*.bench-run.ts'], testTimeout: 600_000 } }));
