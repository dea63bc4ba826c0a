// An independent verifier of credentials secured with W3C Data Integrity, cryptosuite
// eddsa-jcs-2022, written from the specifications (not from hocvu's C++) so that CI checks hocvu's
// signatures with a second implementation. Node.js built-ins only.
//
//   node verify_credentials.mjs [--as-of YYYY-MM-DD] PUB.json FILE...
//
// PUB.json: any JSON holding publicKeyMultibase (a Multikey, keygen's issuer.pub.json, or the W3C
// vector's keyPair.json). FILE: .jsonl (a credential a line), .json (one credential or a status
// list credential), or a folder holding credentials.jsonl and status.json.
// Prints one line per credential ("OK file:line id" or "FAIL file:line id: reason"); exit 1 when
// any fails, 2 when it cannot run.
//
// Specifications followed:
// - Data Integrity EdDSA Cryptosuites v1.0, section 3.3 (eddsa-jcs-2022): verify proof.
// - RFC 8785 (JCS): member names sorted by UTF-16 code units; JSON.stringify already writes
//   strings and numbers the JCS way.
// - Multibase / base58btc (Bitcoin alphabet), Multikey (0xed 0x01 prefix for Ed25519 public keys).
// - Bitstring Status List v1.0: encodedList = "u" + base64url(GZIP(bits)); index 0 = the most
//   significant bit of the first byte.
// - VC Data Model 2.0: validFrom / validUntil; the issuer controls the verification method.
import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { readFileSync, statSync, existsSync } from 'node:fs';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Decode(text) {
  let value = 0n;
  for (const ch of text) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) throw new Error(`'${ch}' is not a base58btc digit`);
    value = value * 58n + BigInt(digit);
  }
  const bytes = [];
  while (value > 0n) {
    bytes.unshift(Number(value % 256n));
    value /= 256n;
  }
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  return Buffer.from([...new Array(zeros).fill(0), ...bytes]);
}

function multibaseDecode(text) {
  if (typeof text !== 'string' || text.length === 0) throw new Error('not a multibase string');
  if (text[0] === 'z') return base58Decode(text.slice(1));
  if (text[0] === 'u') {
    if (!/^[A-Za-z0-9_-]*$/.test(text.slice(1))) throw new Error('not base64url');
    return Buffer.from(text.slice(1), 'base64url');
  }
  throw new Error(`multibase prefix '${text[0]}' is not supported`);
}

// RFC 8785, section 3.2.3: sort by UTF-16 code units. JavaScript strings are UTF-16, and
// comparing them with < compares code units, which is exactly that order.
function jcs(value) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('a number JCS cannot write');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return '[' + value.map(jcs).join(',') + ']';
  const names = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return '{' + names.map((name) => JSON.stringify(name) + ':' + jcs(value[name])).join(',') + '}';
}

const sha256 = (text) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest();

function ed25519PublicKey(raw) {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

// A Multikey: 0xed 0x01 then the 32-byte Ed25519 key.
function multikeyBytes(multibase) {
  const bytes = multibaseDecode(multibase);
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) throw new Error('not an Ed25519 Multikey');
  return bytes.subarray(2);
}

function readPublicKey(path) {
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  const multibase = doc.publicKeyMultibase ?? doc.verificationMethod?.[0]?.publicKeyMultibase;
  if (!multibase) throw new Error(`${path}: no publicKeyMultibase`);
  return { multibase, key: ed25519PublicKey(multikeyBytes(multibase)) };
}

// eddsa-jcs-2022 "Verify Proof" (spec 3.3.2), with the key given rather than resolved.
function verifyProof(secured, issuerKey) {
  const proof = secured.proof;
  if (proof === null || typeof proof !== 'object' || Array.isArray(proof)) return 'no proof';
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-jcs-2022') return 'not an eddsa-jcs-2022 proof';
  if (proof.proofPurpose !== 'assertionMethod') return 'proofPurpose is not assertionMethod';
  const { proofValue, ...options } = proof;
  const { proof: _ignored, ...unsecured } = secured;
  if (options['@context'] !== undefined) {
    const want = [].concat(options['@context']);
    const have = [].concat(secured['@context'] ?? []);
    if (!want.every((entry, i) => JSON.stringify(entry) === JSON.stringify(have[i]))) {
      return "the document's @context does not start with the proof's";
    }
  }
  const method = String(options.verificationMethod ?? '');
  if (method.slice(method.lastIndexOf('#') + 1) !== issuerKey.multibase) return 'signed by another key (verificationMethod)';
  let signature;
  try {
    signature = multibaseDecode(proofValue);
    if (proofValue[0] !== 'z' || signature.length !== 64) return 'proofValue is not 64 bytes of base58btc';
  } catch (error) {
    return `proofValue: ${error.message}`;
  }
  const hashData = Buffer.concat([sha256(jcs(options)), sha256(jcs(unsecured))]);
  return cryptoVerify(null, hashData, issuerKey.key, signature) ? null : 'the signature does not match (altered or forged)';
}

// The issuer controls the verification method: the method is the issuer's id plus a fragment.
function issuerProblem(credential) {
  const issuer = typeof credential.issuer === 'object' ? credential.issuer?.id : credential.issuer;
  const method = String(credential.proof.verificationMethod);
  return typeof issuer === 'string' && method.startsWith(issuer + '#') ? null : `issuer ${issuer} does not control ${method}`;
}

function validityProblem(credential, asOf) {
  const dayStart = Date.parse(asOf + 'T00:00:00Z');
  const dayEnd = dayStart + 86400000;
  if (credential.validFrom !== undefined) {
    const from = Date.parse(credential.validFrom);
    if (Number.isNaN(from)) return `validFrom ${credential.validFrom} is not a date`;
    if (from >= dayEnd) return `not valid before ${credential.validFrom}`;
  }
  if (credential.validUntil !== undefined) {
    const until = Date.parse(credential.validUntil);
    if (Number.isNaN(until)) return `validUntil ${credential.validUntil} is not a date`;
    if (until <= dayStart) return `expired at ${credential.validUntil}`;
  }
  return null;
}

function statusProblem(credential, lists) {
  if (credential.credentialStatus === undefined) return null;
  for (const entry of [].concat(credential.credentialStatus)) {
    if (entry?.type !== 'BitstringStatusListEntry') return 'credentialStatus is not a BitstringStatusListEntry';
    if (!/^[0-9]+$/.test(entry.statusListIndex ?? '')) return 'statusListIndex is not a decimal string';
    const list = lists.get(entry.statusListCredential);
    if (list === undefined) return `status list ${entry.statusListCredential} not given`;
    if (list.problem) return `status list ${entry.statusListCredential}: ${list.problem}`;
    if (list.purpose !== entry.statusPurpose) return 'statusPurpose differs from the status list';
    const index = Number(entry.statusListIndex);
    if (index >= list.bits.length * 8) return 'statusListIndex past the end of the list';
    const set = (list.bits[Math.floor(index / 8)] >> (7 - (index % 8))) & 1;
    if (set && (entry.statusPurpose === 'revocation' || entry.statusPurpose === 'suspension')) {
      return `${entry.statusPurpose === 'revocation' ? 'revoked' : 'suspended'} (index ${index})`;
    }
  }
  return null;
}

function credentialProblem(credential, key, asOf, lists) {
  if (credential === null || typeof credential !== 'object' || Array.isArray(credential)) return 'not a JSON object';
  return verifyProof(credential, key) ?? issuerProblem(credential) ?? validityProblem(credential, asOf) ??
    (lists ? statusProblem(credential, lists) : null);
}

function readStatusList(credential, key, asOf) {
  const problem = credentialProblem(credential, key, asOf, null);
  if (problem) return { problem };
  const subject = credential.credentialSubject ?? {};
  if (subject.type !== 'BitstringStatusList') return { problem: 'not a BitstringStatusList' };
  try {
    const bits = gunzipSync(multibaseDecode(subject.encodedList), { maxOutputLength: 16 * 1024 * 1024 });
    return { purpose: subject.statusPurpose, bits };
  } catch (error) {
    return { problem: `encodedList: ${error.message}` };
  }
}

// Each input as [file, line, text] records; status lists collected first.
function records(inputs) {
  const out = [];
  const seen = new Set();
  const add = (file, jsonl) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    if (!jsonl) return out.push([file, 1, text]);
    text.split('\n').forEach((line, i) => { if (line.trim() !== '') out.push([file, i + 1, line]); });
  };
  for (const input of inputs) {
    if (statSync(input).isDirectory()) {
      add(`${input}/status.json`, false);
      add(`${input}/credentials.jsonl`, true);
    } else if (input.endsWith('.jsonl')) {
      add(input.replace(/[^/]*$/, 'status.json'), false);
      add(input, true);
    } else {
      add(input, false);
    }
  }
  return out;
}

function main(argv) {
  let asOf = new Date().toISOString().slice(0, 10);
  if (argv[0] === '--as-of') {
    asOf = argv[1];
    argv = argv.slice(2);
  }
  if (argv.length < 2) {
    console.error('usage: node verify_credentials.mjs [--as-of YYYY-MM-DD] PUB.json FILE...');
    return 2;
  }
  const key = readPublicKey(argv[0]);
  const parsed = records(argv.slice(1)).map(([file, line, text]) => {
    try {
      return { file, line, credential: JSON.parse(text) };
    } catch (error) {
      return { file, line, error: `not JSON: ${error.message}` };
    }
  });
  const lists = new Map();
  for (const record of parsed) {
    const types = [].concat(record.credential?.type ?? []);
    if (types.includes('BitstringStatusListCredential')) {
      lists.set(record.credential.id, readStatusList(record.credential, key, asOf));
    }
  }
  let failed = 0;
  for (const { file, line, credential, error } of parsed) {
    const isList = [].concat(credential?.type ?? []).includes('BitstringStatusListCredential');
    const problem = error ?? (isList ? lists.get(credential.id).problem ?? null : credentialProblem(credential, key, asOf, lists));
    const id = credential?.id ?? '-';
    if (problem) failed++;
    console.log(problem ? `FAIL ${file}:${line} ${id}: ${problem}` : `OK ${file}:${line} ${id}`);
  }
  console.log(`${parsed.length - failed} verified, ${failed} failed`);
  return failed > 0 || parsed.length === 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`verify_credentials: ${error.message}`);
  process.exitCode = 2;
}
