// Issue 16: an imported bundle never lands as a second, unexplained "My case".
import { describe, expect, it } from 'vitest';
import { importedCaseTitle } from '@/utils/cases/imported-title';

describe('the name of an imported case', () => {
  it('comes from the platform and account in the bundle', () => {
    expect(importedCaseTitle({ title: 'My case', platform: 'pinterest', account: '@maya_makes' }, ['My case'])).toBe('Pinterest @maya_makes (imported)');
  });
  it('falls back to the case title without an account, and never repeats a name here', () => {
    expect(importedCaseTitle({ title: 'My case', platform: 'pinterest' }, ['My case'])).toBe('My case (imported)');
    expect(importedCaseTitle({ title: 'My case', platform: 'pinterest' }, ['My case', 'My case (imported)'])).toBe('My case (imported) 2');
    expect(importedCaseTitle({ title: '  ', platform: 'x', account: 'kim' }, ['X @kim (imported)', 'X @kim (imported) 2'])).toBe('X @kim (imported) 3');
  });
});
