import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Sign-in protection (docs/architecture.md, “Accounts and sign-in protection”) replaces Payload's
// per-account lockout, whose columns go.
// - auth_throttle: one counter per (scope, key), e.g. ('login.pair', 'user:12@203.0.113.9'). UNLOGGED:
//   the counters live minutes, are written on every sign-in attempt (also during an attack, where WAL
//   for each guess buys nothing), and after a PostgreSQL crash or a failover they start again from zero,
//   which errs towards letting members in for at most one window.
// - sign_in_addresses: where each user signed in successfully (skips the account-wide delays); logged,
//   because it is remembered for 30 days.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  CREATE UNLOGGED TABLE "auth_throttle" (
  	"scope" text NOT NULL,
  	"key" text NOT NULL,
  	"window_start" timestamptz NOT NULL,
  	"hits" integer NOT NULL,
  	"last_hit" timestamptz NOT NULL,
  	PRIMARY KEY ("scope", "key")
  );
  CREATE INDEX "auth_throttle_last_hit_idx" ON "auth_throttle" ("last_hit");
  CREATE TABLE "sign_in_addresses" (
  	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"address" text NOT NULL,
  	"last_success" timestamptz NOT NULL,
  	PRIMARY KEY ("user_id", "address")
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "sign_in_addresses";
  DROP TABLE "auth_throttle";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;`)
}
