// Issue 18: the Evidence tab's paging and the appeal editor's evidence in Chromium (test/e2e/evidence-pages-suite.mjs).
import { defineEvidencePages } from './evidence-pages-suite.mjs';

defineEvidencePages('chromium');
