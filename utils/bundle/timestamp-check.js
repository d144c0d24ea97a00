// Checks an RFC 3161 timestamp token offline, with pkijs/asn1js (no
// hand-written ASN.1): the token's message imprint must be the SHA-256 of
// manifest.json, and its signature over TSTInfo must verify with the
// certificate the token carries. Trust in the authority itself (its
// certificate chain) is for the recipient to judge: the README shows the
// `openssl ts -verify` command that checks it against the authority's CA.
// Plain JavaScript so the Node command runs it as is.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const SHA256 = '2.16.840.1.101.3.4.2.1';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const SIGNED_DATA = '1.2.840.113549.1.7.2';

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

function nameOf(certificate) {
  const attributes = certificate?.subject?.typesAndValues ?? [];
  const cn = attributes.find((a) => a.type === '2.5.4.3') ?? attributes[attributes.length - 1];
  return cn ? String(cn.value.valueBlock.value) : 'an unnamed authority';
}

/** Parses a DER TimeStampToken (a CMS ContentInfo holding SignedData over TSTInfo). */
export function parseToken(bytes) {
  const asn = asn1js.fromBER(bytes.slice().buffer);
  if (asn.offset === -1) throw new Error('the token is not DER.');
  const contentInfo = new pkijs.ContentInfo({ schema: asn.result });
  if (contentInfo.contentType !== SIGNED_DATA) throw new Error('the token is not CMS SignedData.');
  const signed = new pkijs.SignedData({ schema: contentInfo.content });
  if (signed.encapContentInfo.eContentType !== TST_INFO || !signed.encapContentInfo.eContent) throw new Error('the token does not hold a TSTInfo.');
  const tstInfo = pkijs.TSTInfo.fromBER(signed.encapContentInfo.eContent.getValue());
  return { signed, tstInfo };
}

/** { checked, ok, authority, time, problem? } for a token over manifest.json (its bytes and SHA-256 hex). */
export async function checkTimestamp(tokenBytes, manifestSha256, manifestBytes) {
  let parsed;
  try {
    parsed = parseToken(tokenBytes);
  } catch (error) {
    return { checked: true, ok: false, problem: `the timestamp cannot be read: ${error.message}` };
  }
  const { signed, tstInfo } = parsed;
  const imprint = tstInfo.messageImprint;
  const certificate = (signed.certificates ?? []).find((c) => c instanceof pkijs.Certificate);
  const authority = nameOf(certificate);
  const time = tstInfo.genTime.toISOString();
  if (imprint.hashAlgorithm.algorithmId !== SHA256) return { checked: true, ok: false, authority, time, problem: 'the timestamp is not over a SHA-256 hash.' };
  if (hex(imprint.hashedMessage.valueBlock.valueHexView) !== manifestSha256) return { checked: true, ok: false, authority, time, problem: 'the timestamp is for another manifest.json.' };
  if (!certificate) return { checked: true, ok: false, authority, time, problem: 'the timestamp carries no certificate to check its signature with.' };
  try {
    const ok = await signed.verify({ signer: 0, data: manifestBytes.slice().buffer, checkChain: false, extendedMode: false });
    return ok ? { checked: true, ok: true, authority, time, serial: hex(tstInfo.serialNumber.valueBlock.valueHexView) } : { checked: true, ok: false, authority, time, problem: 'the authority’s signature over the timestamp does not verify.' };
  } catch (error) {
    return { checked: true, ok: false, authority, time, problem: `the authority’s signature over the timestamp does not verify (${error?.message ?? error}).` };
  }
}
