/**
 * `npm run db:schema`: writes prisma/postgres/schema.prisma from prisma/schema.prisma
 * (lib/db/postgres/schema-from-sqlite.ts says why and what changes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { postgresSchemaFrom } from '../lib/db/postgres/schema-from-sqlite';

const root = path.resolve(__dirname, '..');
const source = fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8');
const target = path.join(root, 'prisma', 'postgres', 'schema.prisma');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, postgresSchemaFrom(source));
console.log(`Wrote ${path.relative(root, target)}`);
