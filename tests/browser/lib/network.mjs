// The network's browser tests: who signs in, and how their e-mail is read back. run.sh writes NETWORK_USERS into the
// host's users file (`node lib/network.mjs users FILE`) and points the host's mail pickup folder at MAIL_FOLDER.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Two professionals of different covenant organisations and a moderator (test accounts of the embedded user store). */
export const NETWORK_USERS = {
  a: { username: 'anna', name: 'Anna Analist', organisation: 'Gemeente Maastricht', role: 'analist', password: 'anna-wachtwoord', email: 'anna@maastricht.example' },
  b: { username: 'bram', name: 'Bram Rechercheur', organisation: 'Politie', role: 'rechercheur', password: 'bram-wachtwoord', email: 'bram@politie.example' },
  moderator: { username: 'mona', name: 'Mona Moderator', organisation: 'RIEC Limburg', role: 'moderator', password: 'mona-wachtwoord', email: 'mona@riec.example' },
};

/** Where the host writes its e-mail as .eml files; set by run.sh. */
export const MAIL_FOLDER = process.env.MAIL_FOLDER || '';

/** A password hash in the host's format (PBKDF2-SHA256; few iterations: these are throw-away test accounts). */
function hash(password) {
  const salt = randomBytes(16);
  const iterations = 1000;
  const derived = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  return ['pbkdf2-sha256', String(iterations), salt.toString('base64'), derived.toString('base64')].join('$');
}

/** The users file of the embedded user store. */
export function writeUsersFile(file) {
  const users = Object.values(NETWORK_USERS).map((u) => ({
    username: u.username, name: u.name, organisation: u.organisation, role: u.role, password: hash(u.password),
  }));
  writeFileSync(file, JSON.stringify(users, null, 2));
}

/** Decodes a MIME body part by its Content-Transfer-Encoding. */
function decodeBody(headers, body) {
  const encoding = (headers.match(/^Content-Transfer-Encoding:\s*(\S+)/im)?.[1] || '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Every .eml in the mail folder, oldest first: { file, to, headers, text }. */
export function readMail() {
  if (!MAIL_FOLDER || !existsSync(MAIL_FOLDER)) return [];
  return readdirSync(MAIL_FOLDER).filter((f) => f.endsWith('.eml')).sort().map((file) => {
    const raw = readFileSync(join(MAIL_FOLDER, file), 'utf8');
    const split = raw.search(/\r?\n\r?\n/);
    const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
    const body = raw.slice(split).trimStart();
    return { file, to: headers.match(/^To:\s*(.*)$/im)?.[1] ?? '', headers, text: decodeBody(headers, body) };
  });
}

if (process.argv[2] === 'users' && process.argv[3]) writeUsersFile(process.argv[3]);
