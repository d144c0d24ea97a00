import { normalizeText } from './normalize';
import { loadDetector, predict, type Detector, type Prediction } from './model/model';
import type { DetectorWeightsJson } from './model/weights-format';
import weights from './model/weights.json';
import { classifyByRules } from './rules';
import { FEATURE_DISABLED, PARTIAL_RESTRICTION, PARTIAL_RESTRICTION_ANY } from './verbs';
import type { Classification, ClassifyInput } from './types';

let detector: Detector | null | undefined;

const SURE = 0.9;
// Chosen on grouped cross-validation (0.5–0.95 tried) once the kind heads read fewer n-grams.
const SURE_KIND = 0.85;
// "Dein Konto ist sonst nicht eingeschränkt": an action denied is not the kind of the notice.
const NEGATED_ACTION = /(?:not|nicht|pas|no|não|non|niet|nie|tidak|değil|не|inte|ikke|ei)\s+(?:\S+\s+)?(?:restricted|limited|suspended|eingeschränkt|beschränkt|gesperrt|restreint|limité|suspendu|restringid|limitad|suspendid|restrit|suspens|limitat|sospes|beperkt|geschorst|ograniczon|zawieszon|dibatasi|ditangguhkan|ограничен|приостановлен|begränsa|begrænset|begrenset)/;

/** The committed model, loaded once on first use; null (rules only) if the weights do not fit this code. */
export function committedDetector(): Detector | null {
  if (detector === undefined) {
    try {
      detector = loadDetector(weights as unknown as DetectorWeightsJson);
    } catch {
      detector = null;
    }
  }
  return detector;
}

/**
 * Classifies a text as an enforcement notice about the reader's own account
 * or content, or as none. The hand-written rules (rules.ts) read the text
 * first; their findings, with the text's character and word n-grams, go to a
 * small learned model (model/, trained by `npm run train:detector`) that
 * makes the call: whether it is a notice, and which kind. `matched` keeps the
 * rules that fired and the model's probability, so every answer says why.
 * Pure: text in, answer out.
 */
export function classifyNotice(input: ClassifyInput, model: Detector | null = committedDetector()): Classification {
  const rules = classifyByRules(input);
  if (!model || normalizeText(input.text ?? '', 64).length < 4) return rules;
  return decideNotice(input, rules, predict(model, input.text ?? '', rules), model);
}

/**
 * The decision once the rules and the model have read the text: thresholds,
 * vetoes, look-alike shapes and which kind. Separate so the training scripts
 * can score many held-out models on features computed once.
 */
export function decideNotice(input: ClassifyInput, rules: Classification, prediction: Prediction, model: Detector): Classification {
  const why = `model:p=${prediction.probability.toFixed(2)}`;
  const base = { language: rules.language, ...(rules.platform ? { platform: rules.platform } : {}) };
  // A user's own choice, a restoration or someone else's profile, stated in so
  // many words, stands unless the model is very sure.
  const strongVeto = rules.kind === 'none' && rules.matched.some((m) => /^veto:\w+:(voluntary|restored|other-account|security|rate-limit)$/.test(m));
  // Without the rules, the model alone must be surer, and surer still when the text lacks a notice's shape.
  const threshold = rules.kind !== 'none' ? model.threshold : prediction.shaped ? model.thresholdAlone : model.thresholdShapeless;
  // A look-alike's shape (your own deletion "successfully", a suspension "lifted", a notice quoted or
  // reported inside someone's sentence, a first-person story) asks the model to be sure, whatever the rules found.
  // The second head knows notices from the look-alikes that share their outline (a report you filed, your own deactivation).
  const secondSaysNo = prediction.second !== undefined && prediction.second < (model.secondThreshold ?? 0.5);
  if (prediction.probability < threshold || ((strongVeto || prediction.lookalike) && prediction.probability < (model.sure ?? SURE)) || prediction.lookalikes >= 2 || secondSaysNo) {
    return { kind: 'none', confidence: prediction.probability, ...base, matched: [...rules.matched, why, ...(prediction.second !== undefined ? [`model:second=${prediction.second.toFixed(2)}`] : [])] };
  }
  // Above the threshold is a notice: reported at 0.5 and above, whatever the threshold.
  // The rules name the kind when they found one and the model is unsure of its own.
  const rulesKindStands = rules.kind !== 'none' && prediction.kind !== rules.kind && prediction.kindProbability < SURE_KIND && !(rules.kind === 'account_restricted' && NEGATED_ACTION.test(normalizeText(input.text ?? '', 4_000)));
  let kind = rulesKindStands ? rules.kind : prediction.kind;
  // "Banned from live streaming", "aus dieser Community gebannt": a suspension from one thing is a restriction.
  const words = normalizeText(input.text ?? '', 4_000);
  if (kind === 'account_suspended' && (PARTIAL_RESTRICTION.test(words) || PARTIAL_RESTRICTION_ANY.test(words))) kind = 'account_restricted';
  // "Your chats have been disabled": one feature switched off restricts the account, it does not deactivate it.
  if (kind === 'account_deactivated' && FEATURE_DISABLED.test(words)) kind = 'account_restricted';
  const confidence = Math.min(0.99, Math.max(0.5, Math.round(prediction.probability * 100) / 100));
  return { kind, confidence, ...base, matched: [...rules.matched, why, `model:kind=${prediction.kind} p=${prediction.kindProbability.toFixed(2)}`] };
}
