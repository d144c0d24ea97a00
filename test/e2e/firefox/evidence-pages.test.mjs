// Issue 18: the Evidence tab's paging and the appeal editor's evidence in real Firefox (the same suite as Chromium's).
import { defineEvidencePages } from '../evidence-pages-suite.mjs';

defineEvidencePages('firefox');
